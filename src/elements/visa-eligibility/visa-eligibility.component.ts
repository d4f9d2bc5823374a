import { html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { alsoShownIn } from '../../data/amounts.js';
import { currencyOfCountry, isCurrency } from '../../data/currency.js';
import type { Currency, Programme } from '../../data/schema.js';
import { ANSWER_FIELDS, answerFieldFor, MORE_QUESTIONS, type AnswerFieldSpec } from '../../eligibility/answer-fields.js';
import {
  answersToProfile,
  EMPTY_ANSWERS,
  hasAnswer,
  profileToAnswers,
  type AnswerError,
  type AnswerField,
  type Answers,
} from '../../eligibility/answers.js';
import type { EligibilityResult, ProfileField } from '../../eligibility/engine.js';
import { checkerFor } from '../../eligibility/index.js';
import { nextQuestions, type NextQuestion } from '../../eligibility/next-questions.js';
import { countedClientCountries } from '../../eligibility/rules.js';
import { countsOf, groupByVerdict } from '../../eligibility/results.js';
import { validateProfile, type Profile } from '../../eligibility/profile.js';
import { countryByName } from '../../i18n/countries.js';
import { formatter } from '../../i18n/format.js';
import { rateNote } from '../../i18n/programme-facts.js';
import { messages } from '../../i18n/messages/index.js';
import { readLinkTemplate, readSelection, readWords, type AttributeProblem } from '../../shared/attributes.js';
import { VisaEligibilityChangeEvent } from '../../shared/events.js';
import { heading } from '../../shared/headings.js';
import { VisaElement } from '../../shared/visa-element.js';
import { LiveAnnouncer } from '../../shared/live-announcer.js';
import { StepwiseRender } from '../../shared/stepwise-render.js';
import { ANSWER_ATTRIBUTES, readAnswer, type AnswerProperties } from './visa-eligibility.attributes.js';
import { renderForm, type CountryField } from './visa-eligibility.form.js';
import { renderProgrammes, renderResults, type ResultsView } from './visa-eligibility.results.js';
import { styles } from './visa-eligibility.styles.js';

const INCOME_BASIS = ANSWER_ATTRIBUTES.find((spec) => spec.kind === 'incomeBasis')!;

const COUNTRY_FIELDS: readonly CountryField[] = ['citizenship', 'secondCitizenship', 'employerCountry'];

/** Announce the counts once the visitor pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 1000;

/**
 * An accessible questionnaire that answers "which of these visas can I get, and what am I missing?".
 * Results update as the visitor answers, grouped into eligible, to be checked and not eligible, each with
 * its reasons. Answers stay in the page: nothing is stored or sent.
 *
 * @tag visa-eligibility
 * @summary Eligibility check for digital-nomad and remote-work visas.
 *
 * @attr {string} lang - Language of the widget: en, de or ru. Default: the closest ancestor's lang, then the document's, then en.
 * @attr {'light' | 'dark' | 'auto'} theme - light, dark or auto (follows the system). Default: inherit the page's colours.
 * @attr {boolean} debug - Shows the details of a setup problem (attribute, value, URL, status) in the widget, for the
 *   site's developer (boolean). Without it visitors see one neutral line; the details always go to the console.
 * @attr {number} stale-after - Months after which a programme's facts (as of its newest source) get a quiet note to check
 *   them with the authority first; a whole number from 1 (default 12).
 * @attr {string} currency - Also show amounts in this currency, marked ≈: EUR (default), USD or any currency with a rate
 *   (GBP, CHF, INR, …); "local" shows only the programme's own.
 * @attr {number} heading-level - Level of the widget's two headings (questions, results), 1–6 (default 2); the result groups are one below.
 * @attr {string} heading - The questions' title in place of "Which visas can I get?"; `heading=""` leaves it out, for a page
 *   whose own heading says it (the form keeps the default as its accessible name).
 * @attr {string} countries - Programmes of these countries, in the order given: comma-separated ISO codes, e.g. "pt,es,hr".
 * @attr {string} programmes - These programme ids, e.g. "pt-digital-nomad,hr-digital-nomad". With `countries` too: these
 *   programmes and every programme in those countries. With neither, every programme.
 * @attr {string} citizenship - Initial answer: citizenship, ISO code such as "us"; a dual national gives two, "ca,gb".
 * @attr {'employee' | 'freelancer' | 'business-owner'} employment - Initial answer: employee, freelancer or business-owner.
 * @attr {number} gross-income - Initial answer: income before tax, e.g. "5000"; per month unless `income-period` says
 *   otherwise. Give it, `income`, or both.
 * @attr {number} income - Initial answer: income after tax, e.g. "3500"; per month unless `income-period` says otherwise.
 *   Where a programme's sources do not say whether an amount is before or after tax, an income after tax that
 *   reaches it counts, an income before tax below it does not, and anything between stays "to be checked".
 * @attr {'month' | 'year'} income-period - What `income` and `gross-income` cover: month (default) or year.
 * @attr {'net' | 'gross'} income-basis - Older: "gross" reads `income` as the income before tax (use `gross-income`).
 * @attr {string} income-currency - Currency of `income`: EUR (default) or any of the ECB reference currencies (GBP, CAD, AUD,
 *   CHF, INR, BRL, …), ALL, KZT. Follows the citizenship until chosen.
 * @attr {number} savings - Initial answer: savings, e.g. "20000".
 * @attr {string} savings-currency - Currency of `savings`.
 * @attr {boolean} spouse - Initial answer: a spouse or partner comes along (boolean).
 * @attr {number} children-count - Initial answer: number of children coming along. (`children` is an older spelling,
 *   still read; React and Vue treat a `children` prop as content.)
 * @attr {boolean} degree - Initial answer: has a university degree (boolean).
 * @attr {'stem' | 'other'} degree-field - Initial answer with `degree`: stem (science, technology, engineering, maths) or other.
 * @attr {number} years-experience - Initial answer: years of professional experience.
 * @attr {boolean} it-professional - Initial answer: works in IT (boolean).
 * @attr {string} employer-country - Initial answer: where the employer, clients or own company are registered.
 * @attr {number} employer-employees - Initial answer: the employer's head-count worldwide.
 * @attr {number} months-working - Initial answer: months in the current job, freelance work or company.
 * @attr {string} details-href - Your page about each programme, with `{programme}` where the id goes, e.g.
 *   "/visas/{programme}": each result links to it. Only http(s) addresses.
 * @attr {string} client-countries - Initial answer for freelancers and business owners: where clients are registered, e.g. "de,us".
 * @attr {string} client-counts - Initial answer: how many clients there are in a client country a programme counts them in
 *   (Germany: at least 2), "de:2"; a framework may pass `{ de: 2 }`.
 *
 * @fires {VisaEligibilityChangeEvent} visa-eligibility-change - When the visitor changes an answer, once the results
 *   show it (the form paints first, the results after that paint). `detail: { profile, results }`. Not fired when
 *   code sets `profile`.
 *
 * @csspart base - The layout around form and results.
 * @csspart form - The questionnaire.
 * @csspart fieldset - Each group of questions.
 * @csspart field - One question with its label, hint and error.
 * @csspart field-error - A field's error message.
 * @csspart results - The results panel.
 * @csspart summary - The visible counts.
 * @csspart headline - The sentence above the groups: how many programmes are open, and what the next question settles.
 * @csspart next-question - The button that moves to the field of the next question (and each reason's own).
 * @csspart confirm - An eligible result's facts only the visitor knows: "Eligible if you can confirm …".
 * @csspart group - Each results group.
 * @csspart group-eligible - The group of programmes the visitor is eligible for.
 * @csspart group-unknown - The group of programmes to be checked.
 * @csspart group-ineligible - The group of programmes the visitor is not eligible for.
 * @csspart result - One programme's result.
 * @csspart result-eligible - A result with the verdict "eligible".
 * @csspart result-unknown - A result with the verdict "to be checked".
 * @csspart result-ineligible - A result with the verdict "not eligible".
 * @csspart prepare - The "what to prepare" disclosure of a result.
 * @csspart near-miss - The line under a "not eligible" result that says what would change it.
 * @csspart family - The line under a result that says whether the family can come.
 * @csspart key-facts - An eligible result's income, validity, processing, fees and family rule.
 * @csspart details-link - A result's link to the site's page about the programme (with `details-href`).
 * @csspart cta - The area around the `cta` slot.
 * @csspart stale - After a result's as-of date: its facts are older than `stale-after` months.
 * @csspart jump - In one column (a phone, a sidebar): the line with the counts and a "Show results" button that
 *   stays at the bottom of the screen while the questions are in view.
 * @csspart more - The "more questions" disclosure.
 * @csspart notice - The message about ignored attributes.
 *
 * @slot cta - Your call to action, e.g. "Talk to us": shown once, under the eligible results, else under those to
 *   be checked, else under the rest.
 *
 * @cssprop --visa-accent - Accent colour (focus, highlights). Default #1a56db.
 * @cssprop --visa-text - Text colour. Default: inherited.
 * @cssprop --visa-muted - Secondary text colour.
 * @cssprop --visa-surface - Background. Default: transparent.
 * @cssprop --visa-surface-raised - Background of cards and fields.
 * @cssprop --visa-border - Border colour.
 * @cssprop --visa-radius - Corner radius. Default 8px.
 * @cssprop --visa-font - Font family. Default: inherited.
 * @cssprop --visa-space - Base spacing. Default 1em.
 * @cssprop --visa-font-size - Base text size. Default: medium (the visitor's own default).
 * @cssprop --visa-focus - Focus ring colour.
 * @cssprop --visa-ok - Colour of "eligible".
 * @cssprop --visa-warn - Colour of "to be checked".
 * @cssprop --visa-bad - Colour of "not eligible" and of errors.
 * @cssprop --visa-accent-text - Text on the accent colour. Default #ffffff.
 * @cssprop --visa-field-background - Background of text fields and selects. Default: the system field colour.
 * @cssprop --visa-field-border - Edge of text fields and selects, 3:1 against the surface. Default: the text colour at 55 %.
 * @cssprop --visa-field-text - Text of fields. Default: the system field text colour.
 */
// The class takes its initial-answer properties from the interface of the same name below.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class VisaEligibility extends VisaElement {
  static override styles = styles;
  protected static override readonly engineTexts = true;

  static {
    // One property per initial-answer attribute, from the table (see visa-eligibility.attributes.ts).
    for (const { property, attribute, kind } of ANSWER_ATTRIBUTES)
      this.createProperty(property, { attribute, type: kind === 'flag' ? Boolean : String });
  }

  @property() accessor countries: string | undefined;
  @property() accessor heading: string | undefined;
  /** From `heading`: the page's title for the questions, "" for none, undefined for the widget's own. */
  private pageTitle: string | undefined;
  @property() accessor programmes: string | undefined;
  @property({ attribute: 'details-href' }) accessor detailsHref: string | undefined;

  @state() private accessor answers: Answers = { ...EMPTY_ANSWERS };
  private readonly announcer = new LiveAnnouncer(this, false);
  /** A first render draws the questions; the engine's first run and the results come after a paint. */
  private readonly firstResults = new StepwiseRender(
    this,
    (key, work) => this.later(key, work),
    'results',
    1,
    this.drawsInSteps ? 0 : Infinity,
  );
  /**
   * A visitor's answer is drawn in two frames: first the form as typed (the next paint comes at once), then, after
   * that paint, the results for it. While it draws, the results panel keeps what it showed; updateComplete waits.
   */
  private readonly answerResults = new StepwiseRender(this, (key, work) => this.later(key, work), 'answer', 1);
  /** Counts the updates that drew the results: the results panel is re-rendered only when it moves on. */
  private resultsDrawing = 0;
  /** Text typed in a country field that names no country (yet), and the fields left that way. */
  @state() private accessor countryText: Partial<Record<CountryField, string>> = {};
  @state() private accessor countryErrors: Partial<Record<CountryField, 'country'>> = {};

  private selection: { programmes?: string[] } = {};
  /** The countries whose clients a shown programme counts (Germany): the form asks how many there. */
  private countedClients: readonly string[] = [];
  /** From `details-href`: the address of a programme's page on the site. */
  private detailsLink?: (id: string) => string;
  /** Problems of the initial-answer attributes: each stays listed while its attribute keeps the value. */
  private answerProblems: AttributeProblem[] = [];
  private evaluation?: {
    key: unknown[];
    profile: Profile;
    errors: ReturnType<typeof answersToProfile>['errors'];
    results: EligibilityResult[];
  };
  private userChanged = false;
  /** Set once the visitor or an attribute picks a currency: from then on the citizenship no longer suggests one. */
  private currencyChosen = false;
  private moreOpen = false;
  /** The visitor asked for the field of the income after tax. */
  @state() private accessor netRequested = false;
  /** The country chosen in the client-country picker, not added yet. */
  private clientPick = '';
  /** What the results panel shows: derived in willUpdate once the results are drawn. */
  private shown?: ReturnType<VisaEligibility['evaluate']>;

  /** The visitor's answers as a profile (only valid answers). Setting it fills the form and fires no event. */
  get profile(): Profile {
    return structuredClone(this.evaluate().profile);
  }
  set profile(value: Profile) {
    try {
      const valid = validateProfile(value);
      // React and Vue hand over a new but equal object (profile={{…}}) on every parent render: applying it again
      // would wipe what the visitor typed since.
      const key = canonicalJson(valid);
      if (key === this.appliedProfile) return;
      this.appliedProfile = key;
      this.answers = profileToAnswers(valid);
      this.clearCountryText();
    } catch (error) {
      console.warn(`<${this.localName}>: profile not applied: ${(error as Error).message}`);
    }
  }

  /** The last profile set through the property, as canonical JSON. */
  private appliedProfile = '';

  /** One result per programme shown, for the current answers. */
  get results(): EligibilityResult[] {
    return structuredClone(this.evaluate().results);
  }

  /** Printing: every "What to prepare" opens for the paper, and closes again after. */
  private readonly openForPrint = () => {
    this.openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('.results-panel details:not([open])')];
    for (const details of this.openedForPrint) details.open = true;
  };
  private readonly closeAfterPrint = () => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };
  private openedForPrint: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.closeAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.closeAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const answers = { ...this.answers };
    let answersChanged = false;
    // income-basis="gross" (the older spelling of gross-income): `income` is the income before tax.
    const grossBasis = readAnswer(INCOME_BASIS, this.incomeBasis).value === 'gross';
    for (const spec of ANSWER_ATTRIBUTES) {
      const incomeRead = spec.property === 'income' && changed.has('incomeBasis' as keyof VisaEligibility);
      if (!changed.has(spec.property as keyof VisaEligibility) && !incomeRead) continue;
      const read = readAnswer(spec, this[spec.property]);
      this.answerProblems = [...this.answerProblems.filter((p) => p.attribute !== spec.attribute), ...read.problems];
      if (read.value === undefined || spec.kind === 'incomeBasis') continue;
      if (spec.property === 'income' && grossBasis) {
        Object.assign(answers, { grossIncome: read.value, income: '' });
        answersChanged = true;
        continue;
      }
      if (spec.kind === 'passports') {
        const [first, second = ''] = read.value as string[];
        Object.assign(answers, { citizenship: first, secondCitizenship: second });
      } else {
        // spouse is a checkbox (boolean); degree and it-professional are yes / no / not answered.
        (answers as Record<string, unknown>)[spec.answer] = read.value === true && spec.answer !== 'spouse' ? 'yes' : read.value;
      }
      if (spec.kind === 'currency') this.currencyChosen = true;
      answersChanged = true;
    }
    if (answersChanged) {
      this.answers = answers;
      this.clearCountryText();
    }
    if (MORE_QUESTIONS.some((field) => this.answers[field] !== EMPTY_ANSWERS[field])) this.moreOpen = true;
    const selection = readSelection(this.source, this.programmes, this.countries);
    this.selection = selection.value ? { programmes: selection.value.map((p) => p.id) } : {};
    if (this.dataChanged(changed) || changed.has('programmes') || changed.has('countries'))
      this.countedClients = countedClientCountries(selection.value ?? this.source.programmes);
    const details = readLinkTemplate('details-href', this.detailsHref, this.ownerDocument?.baseURI);
    this.detailsLink = details.value;
    const title = readWords('heading', this.heading);
    this.pageTitle = title.value;
    this.reportProblems([...this.answerProblems, ...selection.problems, ...details.problems, ...title.problems]);
    if (this.answerResults.drawing) return;
    this.shown = this.firstResults.drawing ? undefined : this.evaluate();
    this.resultsDrawing += 1;
  }

  protected override updated(): void {
    // The event comes with the results drawn for the answer.
    if (!this.userChanged || this.answerResults.drawing) return;
    this.userChanged = false;
    const { profile, results } = this.shown ?? this.evaluate();
    this.dispatchEvent(new VisaEligibilityChangeEvent({ profile, results }));
    this.announceLater();
  }

  /**
   * Tells screen readers, once the visitor has stopped typing or moving through a list for a second, what the
   * answers give: the counts, or while an answer needs correcting, which and why (the counts would mislead).
   * The same words again are not repeated.
   */
  private announceLater(): void {
    this.announcer.sayLater(() => {
      const { ui } = messages(this.locale);
      const { errors, results } = this.evaluate();
      const wrong = Object.entries({ ...errors, ...this.countryErrors })[0] as [AnswerField, AnswerError] | undefined;
      const label = wrong && (ui.labels as unknown as Partial<Record<AnswerField, string>>)[wrong[0]];
      return wrong ? ui.correct(label ?? wrong[0], ui.errors[wrong[1]]) : ui.summary(countsOf(results));
    }, ANNOUNCE_DELAY_MS);
  }

  /** The income after tax has its field once it would settle a programme, holds a value, or was asked for. */
  private netShown(results: readonly EligibilityResult[] | undefined): boolean {
    if (this.netRequested || this.answers.income !== '') return true;
    return !!results?.some((r) => r.checks.some((check) => check.missing?.includes('monthlyIncome')));
  }

  /** Moves to the field that answers `field`, opening "More questions" where it sits. */
  private async goToField(field: ProfileField): Promise<void> {
    const answer = answerFieldFor(field);
    const control: AnswerFieldSpec = ANSWER_FIELDS[answer];
    if (field === 'monthlyIncome') this.netRequested = true;
    if (control.more) {
      this.moreOpen = true;
      const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.more');
      if (details) details.open = true;
    }
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>(`[name="${answer}"]:checked`) ??
      this.renderRoot.querySelector<HTMLElement>(`#${control.control}, [data-control="${control.control}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  /**
   * Profile, field errors and results for the current answers; recomputed only when an input changes. Read in
   * willUpdate, and by the `profile` and `results` getters (which code may call before any update).
   */
  private evaluate() {
    const displayCurrency = alsoShownIn(this.displayCurrency);
    const key = [this.answers, this.locale, displayCurrency, this.selection.programmes?.join(','), this.source];
    if (this.evaluation && key.every((part, i) => part === this.evaluation!.key[i])) return this.evaluation;
    const { profile, errors } = answersToProfile(this.answers);
    const results = checkerFor(this.source)(profile, { ...this.selection, lang: this.locale, displayCurrency });
    this.evaluation = { key, profile, errors, results };
    return this.evaluation;
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const field = target.name as AnswerField;
    const counted = /^clientCount-([a-z]{2})$/.exec(target.name)?.[1];
    if (counted) return this.setClientCount(counted, target.value);
    if (!(field in EMPTY_ANSWERS)) return;
    if (COUNTRY_FIELDS.includes(field as CountryField)) return this.onCountryInput(field as CountryField, target.value, event.type);
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    if (this.answers[field] === value) return;
    const changes: Partial<Answers> = { [field]: value };
    if (field === 'incomeCurrency' || field === 'savingsCurrency') this.currencyChosen = true;
    this.setAnswers(changes);
  }

  private setClientCount(code: string, text: string): void {
    if ((this.answers.clientCounts[code] ?? '') !== text) this.setAnswers({ clientCounts: { ...this.answers.clientCounts, [code]: text } });
  }

  /** Answers set by code or attributes replace whatever was typed in the country fields. */
  private clearCountryText(): void {
    this.countryText = {};
    this.countryErrors = {};
  }

  /**
   * A country field: the answer is the country its text names, or none while it names none. Left naming none
   * (on change), the field says to choose from the list.
   */
  private onCountryInput(field: CountryField, text: string, type: string): void {
    const code = countryByName(this.locale, text);
    const { [field]: _draft, ...drafts } = this.countryText;
    const { [field]: _error, ...errors } = this.countryErrors;
    const named = code !== undefined || !text.trim();
    // While typing, the text stays as typed ("US" on its way to "USA"); leaving the field shows the country's name.
    this.countryText = named && (type === 'change' || !text.trim()) ? drafts : { ...drafts, [field]: text };
    this.countryErrors = named || type !== 'change' ? errors : { ...errors, [field]: 'country' };
    if (this.countryErrors[field]) this.announceLater();
    const answer = code ?? '';
    if (this.answers[field] === answer) return;
    const changes: Partial<Answers> = { [field]: answer };
    if (field === 'citizenship' && code && !this.currencyChosen) {
      // A sensible default: people mostly earn in their own country's currency.
      const currency = currencyOfCountry(code);
      if (currency) Object.assign(changes, { incomeCurrency: currency, savingsCurrency: currency });
    }
    this.setAnswers(changes);
  }

  private onClick(event: Event): void {
    const element = event.target as Element;
    if (element.closest('button[data-show="net"]')) {
      this.netRequested = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#income')?.focus());
      return;
    }
    if (element.closest('button.add-client')) {
      if (this.clientPick) this.setAnswers({ clientCountries: [...this.answers.clientCountries, this.clientPick] });
      this.clientPick = '';
      // The next client country is picked where this one was: back on the picker, not past the new chip.
      void this.thisUpdateComplete().then(() => {
        const picker = this.renderRoot.querySelector<HTMLSelectElement>('#clientCountryAdd');
        // Its chosen option is gone from the list: show "Choose", not the country after it.
        if (picker) picker.selectedIndex = 0;
        picker?.focus();
      });
      return;
    }
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-client]');
    if (!button) return;
    const code = button.dataset.client;
    const at = this.answers.clientCountries.indexOf(code ?? '');
    const remaining = this.answers.clientCountries.filter((c) => c !== code);
    this.setAnswers({ clientCountries: remaining });
    // Keep the keyboard where it was: on the chip that takes this one's place (the one before it, for the last),
    // or on the country picker.
    void this.updateComplete.then(() => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('button[data-client]')];
      const next = chips[Math.min(Math.max(at, 0), chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#clientCountryAdd');
      next?.focus();
    });
  }

  private setAnswers(changes: Partial<Answers>): void {
    this.answers = { ...this.answers, ...changes };
    this.userChanged = true;
    if (this.shown) this.answerResults.restart(0);
  }

  /**
   * On a phone the results start far below the questions: a line that stays at the bottom of the screen while
   * the questions are in view, with the counts and a button to the results. Hidden when side by side.
   */
  private renderJump(summary: string, label: string) {
    return html`<div class="jump" part="jump">
      <span class="jump-counts" aria-hidden="true">${summary}</span>
      <button type="button" class="jump-button" @click=${this.showResults}>${label}</button>
    </div>`;
  }

  private showResults(): void {
    const summary = this.renderRoot.querySelector<HTMLElement>('.summary');
    summary?.scrollIntoView({ block: 'start' });
    summary?.focus({ preventScroll: true });
  }

  /** The dates of the rates the answer converted with (the visitor's currency, the programmes', the display's). */
  private renderRateNote(results: readonly EligibilityResult[], profile: Profile) {
    const shown = results.map((r) => this.source.getProgramme(r.programme)).filter((p): p is Programme => p !== undefined);
    const visitor = [profile.monthlyIncome?.currency, profile.savings?.currency].filter((c): c is Currency => isCurrency(c));
    const note = rateNote(this.source.dataset, shown, this.displayCurrency, this.locale, visitor);
    return note ? html`<p class="rate-note">${note}</p>` : nothing;
  }

  protected override renderContent() {
    const { ui } = messages(this.locale);
    const evaluation = this.shown;
    const answered = hasAnswer(this.answers);
    // The page's own words for the title, or none ("") where the page's heading already says it.
    const title = this.pageTitle;
    return html`
      <div
        class="layout"
        part="base"
        aria-busy=${this.loading || !evaluation ? 'true' : 'false'}
        ?data-drawing=${!this.loading && !evaluation}
      >
        <form
          part="form"
          novalidate
          @input=${this.onInput}
          @change=${this.onInput}
          @submit=${(e: Event) => e.preventDefault()}
          aria-labelledby=${ifDefined(title === '' ? undefined : 'title')}
          aria-label=${ifDefined(title === '' ? ui.title : undefined)}
        >
          ${title === '' ? nothing : heading(this.level, 'title', title ?? ui.title)}
          <p class="intro">${ui.intro}</p>
          <p class="muted">${ui.privacy}</p>
          ${renderForm({
            answers: this.answers,
            errors: { ...evaluation?.errors, ...this.countryErrors },
            ui,
            locale: this.locale,
            moreOpen: this.moreOpen,
            netShown: this.netShown(evaluation?.results),
            countryText: this.countryText,
            countryName: (code) => formatter(this.locale).country(code),
            countedClients: this.countedClients,
            onClientClick: this.onClick,
            onClientPick: (event: Event) => (this.clientPick = (event.target as HTMLSelectElement).value),
          })}
          ${guard([this.resultsDrawing], () =>
            answered && evaluation ? this.renderJump(ui.summaryShort(countsOf(evaluation.results)), ui.showResults) : nothing,
          )}
        </form>
        <section class="results-panel" part="results" aria-labelledby="results-title">
          ${heading(this.level, 'results-title', ui.results)}
          ${guard([this.resultsDrawing], () => (evaluation ? this.renderSummary(evaluation.results, answered) : nothing))}
          ${this.announcer.render()}
          ${guard([this.resultsDrawing], () =>
            evaluation ? this.renderResultsPanel(evaluation.results, evaluation.profile, answered) : nothing,
          )}
        </section>
      </div>
    `;
  }

  private renderSummary(results: readonly EligibilityResult[], answered: boolean) {
    const { ui } = messages(this.locale);
    return html`<p class="summary" part="summary" tabindex="-1">${answered ? ui.summary(countsOf(results)) : ui.beforeAnswers}</p>`;
  }

  /** The results grouped by verdict, the best fit first (before any answer: the programmes), and the rates used. */
  private renderResultsPanel(results: EligibilityResult[], profile: Profile, answered: boolean) {
    const { ui } = messages(this.locale);
    const next: NextQuestion | undefined = nextQuestions(results)[0];
    const view: ResultsView = {
      groups: groupByVerdict(results),
      total: results.length,
      next,
      goToField: (field) => void this.goToField(field),
      ui,
      f: formatter(this.locale),
      locale: this.locale,
      programme: this.source.getProgramme,
      facts: (programme) => this.briefFacts(programme),
      factMessages: messages(this.locale).facts,
      detailsHref: (id) => this.detailsLink?.(id),
      isStale: (programme) => this.isStale(programme),
      level: this.level + 1,
    };
    return html`${answered ? renderResults(view) : renderProgrammes(view, results)}
    ${answered ? this.renderRateNote(results, profile) : nothing}`;
  }
}

/** The initial-answer properties, declared from the attribute table (createProperty in the static block defines them). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface VisaEligibility extends AnswerProperties {}

/** JSON with object keys sorted, so that two equal profiles give the same text whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) =>
    node && typeof node === 'object' && !Array.isArray(node)
      ? Object.fromEntries(Object.entries(node as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : node,
  );
}
