/**
 * Theme tokens shared by every widget. Global --visa-* properties are read with fallbacks (the single
 * script ships no theme file) into private --_* locals on :host. By default a widget inherits the page's
 * font and colours so it looks at home on a plain blog.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_accent: var(--visa-accent, #1a56db);
    --_accent-text: var(--visa-accent-text, #ffffff);
    --_text: var(--visa-text, currentColor);
    --_muted: var(--visa-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--visa-surface, transparent);
    --_surface-raised: var(--visa-surface-raised, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--visa-border, color-mix(in srgb, currentColor 22%, transparent));
    --_radius: var(--visa-radius, 8px);
    --_font: var(--visa-font, inherit);
    --_space: var(--visa-space, 1rem);
    --_focus: var(--visa-focus, #1a56db);
    --_ok: var(--visa-ok, #0f7b3f);
    --_warn: var(--visa-warn, #8a5300);
    --_bad: var(--visa-bad, #b42318);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
