/** Form controls as every widget draws them: fields, the invalid state, error text, checkboxes. */
import { css } from 'lit';

export const fieldStyles = css`
  :host {
    --_field-background: var(--visa-field-background, Field);
    --_field-text: var(--visa-field-text, FieldText);
    /* A field's edge stands out from what is around it (3:1 in every theme), more than a divider does. */
    --_field-border: var(--visa-field-border, color-mix(in srgb, var(--_text) 55%, transparent));
  }
  input[type='text'],
  select {
    font: inherit;
    background: var(--_field-background);
    color: var(--_field-text);
    border: 1px solid var(--_field-border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.45em 0.6em;
    /* A tap target of 44 px at least, however small the text. */
    min-height: max(2.5em, 44px);
    max-width: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] {
    border-color: var(--_bad);
    border-width: 2px;
  }
  .error {
    color: var(--_bad);
    font-size: 0.875em;
    font-weight: 600;
  }
`;
