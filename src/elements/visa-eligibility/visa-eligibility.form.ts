/** The questions of <visa-eligibility>: fieldsets with legends, labels, hints and field errors tied by aria-describedby. */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../../data/locales.js';
import { CURRENCIES, EMPLOYMENT_TYPES } from '../../data/schema.js';
import type { AnswerError, AnswerField, Answers } from '../../eligibility/answers.js';
import type { UiMessages } from '../../i18n/catalogue.js';
import { countryOptions } from '../../i18n/countries.js';

export interface FormView {
  answers: Answers;
  errors: Partial<Record<AnswerField, AnswerError>>;
  ui: UiMessages;
  locale: Locale;
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || nothing;

function error(view: FormView, field: AnswerField) {
  const kind = view.errors[field];
  return kind ? html`<p class="error" id="${field}-error" part="field-error">${view.ui.errors[kind]}</p>` : nothing;
}

/** A text field for a number; `inputmode` brings up the number pad on phones. */
function numberField(view: FormView, field: AnswerField, label: string, options: { hint?: string; whole?: boolean; suffix?: TemplateResult } = {}) {
  const invalid = view.errors[field] !== undefined;
  return html`<div class="field" part="field">
    <label for="${field}">${label}</label>
    ${options.hint ? html`<p class="hint" id="${field}-hint">${options.hint}</p>` : nothing}
    <div class="with-suffix">
      <input
        id="${field}"
        name="${field}"
        type="text"
        inputmode="${options.whole ? 'numeric' : 'decimal'}"
        autocomplete="off"
        .value=${live(view.answers[field] as string)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy(!!options.hint && `${field}-hint`, invalid && `${field}-error`)}
      />
      ${options.suffix ?? nothing}
    </div>
    ${error(view, field)}
  </div>`;
}

function currencySelect(view: FormView, field: 'incomeCurrency' | 'savingsCurrency', label: string) {
  return html`<label class="visually-hidden" for="${field}">${label}</label>
    <select id="${field}" name="${field}" class="currency">
      ${CURRENCIES.map((code) => html`<option value=${code} ?selected=${view.answers[field] === code}>${code}</option>`)}
    </select>`;
}

function countrySelect(view: FormView, field: 'citizenship' | 'employerCountry', label: string, hint?: string) {
  const value = view.answers[field];
  return html`<div class="field" part="field">
    <label for="${field}">${label}</label>
    ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
    <select id="${field}" name="${field}" aria-describedby=${describedBy(!!hint && `${field}-hint`)}>
      <option value="" ?selected=${value === ''}>${view.ui.notSaying}</option>
      ${guard([view.locale, value], () => countryOptions(view.locale).map(({ code, name }) => html`<option value=${code} ?selected=${value === code}>${name}</option>`))}
    </select>
  </div>`;
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
  return html`
    <fieldset part="fieldset">
      <legend>${ui.legends.you}</legend>
      ${countrySelect(view, 'citizenship', ui.labels.citizenship)}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${ui.legends.work}</legend>
      <fieldset class="choices">
        <legend>${ui.labels.employment}</legend>
        ${(['', ...EMPLOYMENT_TYPES] as const).map(
          (type) => html`<label class="choice">
            <input type="radio" name="employment" value=${type} .checked=${live(answers.employment === type)} />
            ${type ? ui.labels.employmentTypes[type] : ui.notSaying}
          </label>`,
        )}
      </fieldset>
      ${countrySelect(view, 'employerCountry', ui.labels.employerCountry, ui.hints.employerCountry)}
      ${numberField(view, 'employerEmployees', ui.labels.employerEmployees, { whole: true })}
      ${numberField(view, 'monthsWorking', ui.labels.monthsWorking, { hint: ui.hints.monthsWorking })}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${ui.legends.money}</legend>
      ${numberField(view, 'income', ui.labels.income, { hint: ui.hints.income, suffix: currencySelect(view, 'incomeCurrency', ui.labels.incomeCurrency) })}
      ${numberField(view, 'savings', ui.labels.savings, { hint: ui.hints.savings, suffix: currencySelect(view, 'savingsCurrency', ui.labels.savingsCurrency) })}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${ui.legends.family}</legend>
      <label class="choice"><input type="checkbox" name="spouse" .checked=${live(answers.spouse)} /> ${ui.labels.spouse}</label>
      ${numberField(view, 'children', ui.labels.children, { whole: true })}
    </fieldset>
    <fieldset part="fieldset">
      <legend>${ui.legends.qualifications}</legend>
      ${yesNoSelect(view, 'degree', ui.labels.degree)}
      ${numberField(view, 'yearsExperience', ui.labels.yearsExperience, { hint: ui.hints.yearsExperience })}
      ${yesNoSelect(view, 'itProfessional', ui.labels.itProfessional)}
    </fieldset>
  `;
}
