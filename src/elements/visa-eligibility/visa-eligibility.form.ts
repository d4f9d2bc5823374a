/** The questions of <visa-eligibility>: fieldsets with legends, labels, hints and field errors tied by aria-describedby. */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../../data/locales.js';
import { CURRENCIES, EMPLOYMENT_TYPES } from '../../data/vocabulary.js';
import { isWhole } from '../../eligibility/answer-fields.js';
import type { AnswerError, AnswerField, Answers } from '../../eligibility/answers.js';
import type { UiMessages } from '../../i18n/catalogue.js';
import { countryOptions, currencyOptions } from '../../i18n/countries.js';

export interface FormView {
  answers: Answers;
  errors: Partial<Record<AnswerField, AnswerError>>;
  ui: UiMessages;
  locale: Locale;
  /** The "more questions" disclosure starts open when one of its answers is set. */
  moreOpen: boolean;
  /** Whether the income after tax has its field (else a button that shows it, once an income before tax is given). */
  netShown: boolean;
  /** What is typed in a country field that names no country yet. */
  countryText: Partial<Record<CountryField, string>>;
  countryName(code: string): string | undefined;
  /** The client countries whose clients a shown programme counts: each gets a question for how many. */
  countedClients: readonly string[];
  /** The buttons that add and remove a client country. */
  onClientClick(event: Event): void;
  /** The client-country picker's choice, before it is added. */
  onClientPick(event: Event): void;
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || nothing;

function error(view: FormView, field: AnswerField) {
  const kind = view.errors[field];
  return kind ? html`<p class="error" id="${field}-error" part="field-error">${view.ui.errors[kind]}</p>` : nothing;
}

/** A text field for a number; `inputmode` brings up the number pad on phones. */
function numberField(
  view: FormView,
  field: AnswerField,
  label: string,
  options: { hint?: string; suffix?: TemplateResult; below?: TemplateResult } = {},
) {
  const invalid = view.errors[field] !== undefined;
  return html`<div class="field" part="field">
    <label for="${field}">${label}</label>
    ${options.hint ? html`<p class="hint" id="${field}-hint">${options.hint}</p>` : nothing}
    <div class="with-suffix">
      <input
        id="${field}"
        name="${field}"
        type="text"
        inputmode="${isWhole(field) ? 'numeric' : 'decimal'}"
        autocomplete="off"
        .value=${live(view.answers[field] as string)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(!!options.hint && `${field}-hint`, invalid && `${field}-error`)}
      />
      ${options.suffix ?? nothing}
    </div>
    ${options.below ?? nothing} ${error(view, field)}
  </div>`;
}

/** Every currency with a dated rate, named in the page's language: "GBP · British Pound". */
function currencySelect(view: FormView, field: 'incomeCurrency' | 'savingsCurrency', label: string) {
  const value = view.answers[field];
  return html`<label class="visually-hidden" for="${field}">${label}</label>
    <select id="${field}" name="${field}" class="currency">
      ${guard([view.locale, value], () =>
        currencyOptions(view.locale, CURRENCIES).map(
          ({ code, name }) => html`<option value=${code} ?selected=${value === code}>${code} · ${name}</option>`,
        ),
      )}
    </select>`;
}

/** Per month or per year: what the typed incomes mean. */
function incomePeriod(view: FormView) {
  const { ui, answers } = view;
  return html`<div class="income-terms">
    <label class="visually-hidden" for="incomePeriod">${ui.labels.incomePeriod}</label>
    <select id="incomePeriod" name="incomePeriod">
      ${(['month', 'year'] as const).map(
        (period) => html`<option value=${period} ?selected=${answers.incomePeriod === period}>${ui.incomePeriods[period]}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * The income after tax: a field once it would settle a programme (or holds a value, or the visitor asked for it),
 * else a button that shows it.
 */
function netIncome(view: FormView) {
  const { ui } = view;
  if (!view.netShown)
    return view.answers.grossIncome
      ? html`<p class="add-net"><button type="button" class="link-button" data-show="net">${ui.addNetIncome}</button></p>`
      : nothing;
  return numberField(view, 'income', ui.labels.income, { hint: ui.hints.income });
}

/** Freelancers and business owners: the countries of their clients, added one by one and removable. */
function clientCountries(view: FormView) {
  const { ui, answers } = view;
  const chosen = answers.clientCountries;
  const name = (code: string) => countryOptions(view.locale).find((option) => option.code === code)?.name ?? code;
  return html`<div class="field" part="field">
      <label for="clientCountryAdd">${ui.labels.addClientCountry}</label>
      <p class="hint" id="clientCountryAdd-hint">${ui.hints.clientCountries}</p>
      ${
        chosen.length
          ? html`<ul class="chips" aria-label=${ui.labels.clientCountries}>
              ${chosen.map(
                (code) =>
                  html`<li class="chip">
                    <span>${name(code)}</span>
                    <button
                      type="button"
                      class="remove"
                      data-client=${code}
                      @click=${view.onClientClick}
                      aria-label=${ui.removeClientCountry(name(code))}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="with-suffix">
        <select id="clientCountryAdd" aria-describedby="clientCountryAdd-hint" @change=${view.onClientPick}>
          <option value="" selected>${ui.choose}</option>
          ${guard([view.locale, chosen], () =>
            countryOptions(view.locale)
              .filter(({ code }) => !chosen.includes(code))
              .map(({ code, name: label }) => html`<option value=${code}>${label}</option>`),
          )}
        </select>
        <button type="button" class="add-client" @click=${view.onClientClick}>${ui.add}</button>
      </div>
    </div>
    ${chosen.filter((code) => view.countedClients.includes(code)).map((code) => clientCount(view, code, name(code)))}`;
}

/**
 * How many clients there are in a country a programme counts them in (Germany: at least 2). One field per such
 * country (`clientCount-de`); a wrong entry marks them all, as the answer is one.
 */
function clientCount(view: FormView, code: string, country: string) {
  const id = `clientCount-${code}`;
  const invalid = view.errors.clientCounts !== undefined;
  return html`<div class="field" part="field">
    <label for=${id}>${view.ui.labels.clientCountIn(country)}</label>
    <p class="hint" id="${id}-hint">${view.ui.hints.clientCount}</p>
    <input
      id=${id}
      name=${id}
      data-control="clientCounts"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      .value=${live(view.answers.clientCounts[code] ?? '')}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(`${id}-hint`, invalid && 'clientCounts-error')}
    />
    ${error(view, 'clientCounts')}
  </div>`;
}

function degreeFieldSelect(view: FormView) {
  const value = view.answers.degreeField;
  const { ui } = view;
  return html`<div class="field" part="field">
    <label for="degreeField">${ui.labels.degreeField}</label>
    <select id="degreeField" name="degreeField">
      <option value="" ?selected=${value === ''}>${ui.notSaying}</option>
      <option value="stem" ?selected=${value === 'stem'}>${ui.degreeFields.stem}</option>
      <option value="other" ?selected=${value === 'other'}>${ui.degreeFields.other}</option>
    </select>
  </div>`;
}

/** The fields that take a country by name. */
export type CountryField = 'citizenship' | 'secondCitizenship' | 'employerCountry';

/**
 * A country, typed and picked from suggestions (one shared list): faster than a list of 240 on a phone. The
 * text shows the country's name, or what the visitor is typing until it names one.
 */
function countryField(view: FormView, field: CountryField, label: string, hint?: string) {
  const code = view.answers[field];
  const text = view.countryText[field] ?? (code ? (view.countryName(code) ?? '') : '');
  const invalid = view.errors[field] !== undefined;
  return html`<div class="field" part="field">
    <label for="${field}">${label}</label>
    ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
    <input
      id="${field}"
      name="${field}"
      type="text"
      list="countries"
      autocomplete="off"
      spellcheck="false"
      placeholder=${view.ui.typeCountry}
      .value=${live(text)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(!!hint && `${field}-hint`, invalid && `${field}-error`)}
    />
    ${error(view, field)}
  </div>`;
}

/** The suggestions of every country field. */
function countryList(view: FormView) {
  return html`<datalist id="countries">
    ${guard([view.locale], () => countryOptions(view.locale).map(({ name }) => html`<option value=${name}></option>`))}
  </datalist>`;
}

function yesNoSelect(view: FormView, field: 'degree' | 'itProfessional', label: string) {
  const value = view.answers[field];
  return html`<div class="field" part="field">
    <label for="${field}">${label}</label>
    <select id="${field}" name="${field}">
      <option value="" ?selected=${value === ''}>${view.ui.notSaying}</option>
      <option value="yes" ?selected=${value === 'yes'}>${view.ui.yes}</option>
      <option value="no" ?selected=${value === 'no'}>${view.ui.no}</option>
    </select>
  </div>`;
}

export function renderForm(view: FormView) {
  const { ui, answers } = view;
  const hasClients = answers.employment === 'freelancer' || answers.employment === 'business-owner';
  return html`
    ${countryList(view)}
    <fieldset part="fieldset">
      <legend>${ui.legends.you}</legend>
      ${countryField(view, 'citizenship', ui.labels.citizenship)}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${ui.legends.work}</legend>
      <fieldset class="choices">
        <legend>${ui.labels.employment}</legend>
        ${(['', ...EMPLOYMENT_TYPES] as const).map(
          (type) =>
            html`<label class="choice">
              <input
                type="radio"
                name="employment"
                id=${type ? `employment-${type}` : 'employment'}
                value=${type}
                .checked=${live(answers.employment === type)}
              />
              ${type ? ui.labels.employmentTypes[type] : ui.notSaying}
            </label>`,
        )}
      </fieldset>
      ${
        answers.employment
          ? countryField(
              view,
              'employerCountry',
              ui.labels.employerCountryFor[answers.employment],
              ui.hints.employerCountryFor[answers.employment],
            )
          : countryField(view, 'employerCountry', ui.labels.employerCountry, ui.hints.employerCountry)
      }
      ${hasClients ? clientCountries(view) : nothing}
      ${numberField(view, 'monthsWorking', ui.labels.monthsWorking, { hint: ui.hints.monthsWorking })}
      ${
        answers.employment === 'employee' || answers.employment === ''
          ? numberField(view, 'employerEmployees', ui.labels.employerEmployees)
          : nothing
      }
    </fieldset>
    <fieldset part="fieldset">
      <legend>${ui.legends.money}</legend>
      ${numberField(view, 'grossIncome', ui.labels.grossIncome, {
        hint: ui.hints.grossIncome,
        suffix: currencySelect(view, 'incomeCurrency', ui.labels.incomeCurrency),
        below: incomePeriod(view),
      })}
      ${netIncome(view)}
      ${numberField(view, 'savings', ui.labels.savings, {
        hint: ui.hints.savings,
        suffix: currencySelect(view, 'savingsCurrency', ui.labels.savingsCurrency),
      })}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${ui.legends.family}</legend>
      <label class="choice"><input type="checkbox" id="spouse" name="spouse" .checked=${live(answers.spouse)} /> ${ui.labels.spouse}</label>
      ${numberField(view, 'children', ui.labels.children)}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${ui.legends.qualifications}</legend>
      ${yesNoSelect(view, 'degree', ui.labels.degree)} ${answers.degree === 'yes' ? degreeFieldSelect(view) : nothing}
      ${numberField(view, 'yearsExperience', ui.labels.yearsExperience, { hint: ui.hints.yearsExperience })}
    </fieldset>
    <details class="more" part="more" ?open=${view.moreOpen}>
      <summary>${ui.moreQuestions}</summary>
      <fieldset part="fieldset">
        <legend class="visually-hidden">${ui.moreQuestions}</legend>
        ${countryField(view, 'secondCitizenship', ui.labels.secondCitizenship, ui.hints.secondCitizenship)}
        ${yesNoSelect(view, 'itProfessional', ui.labels.itProfessional)}
      </fieldset>
    </details>
  `;
}
