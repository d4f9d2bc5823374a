/**
 * Theme tokens shared by every widget. Global --visa-* properties are read with fallbacks (the single
 * script ships no theme file) into private --_* locals on :host. By default a widget inherits the page's
 * font and colours so it looks at home on a plain blog.
 */
import { css } from 'lit';

const light = css`
  --_surface: var(--visa-surface, #ffffff);
  --_surface-raised: var(--visa-surface-raised, #f5f7fa);
  --_text: var(--visa-text, #1d2330);
  --_muted: var(--visa-muted, #4d5666);
  --_border: var(--visa-border, #c9cfd8);
  --_ink: var(--_accent);
  color-scheme: light;
`;
const dark = css`
  --_surface: var(--visa-surface, #12161c);
  --_surface-raised: var(--visa-surface-raised, #1c222b);
  --_text: var(--visa-text, #e9edf2);
  --_muted: var(--visa-muted, #aab3c0);
  --_border: var(--visa-border, #3a4350);
  --_accent: var(--visa-accent, #8fb4ff);
  --_accent-text: var(--visa-accent-text, #0b1020);
  --_focus: var(--visa-focus, #8fb4ff);
  --_ok: var(--visa-ok, #5fd38d);
  --_warn: var(--visa-warn, #f2b866);
  --_bad: var(--visa-bad, #ff8f85);
  --_ink: var(--_accent);
  color-scheme: dark;
`;

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
    --_space: var(--visa-space, 1em);
    --_focus: var(--visa-focus, #1a56db);
    --_ok: var(--visa-ok, #0f7b3f);
    --_warn: var(--visa-warn, #8a5300);
    --_bad: var(--visa-bad, #b42318);

    --_font-size: var(--visa-font-size, medium);

    /* Without a theme the page's colours are unknown, but the text colour is inherited: colours that must
       contrast with the page are derived from it. --_ink is the accent as text (mixed towards the text colour,
       so it reads on a light or a dark page); --_opaque is white under dark text and black under light text,
       for what must hide what scrolls beneath it. */
    --_ink: var(--visa-accent, color-mix(in srgb, #1a56db 62%, var(--_text)));
    --_opaque: rgb(
      from var(--_text) clamp(0, (127.5 - (0.299 * r + 0.587 * g + 0.114 * b)) * 1000, 255)
        clamp(0, (127.5 - (0.299 * r + 0.587 * g + 0.114 * b)) * 1000, 255)
        clamp(0, (127.5 - (0.299 * r + 0.587 * g + 0.114 * b)) * 1000, 255)
    );

    display: block;
    box-sizing: border-box;
  }
  /* Everything a widget draws sits in one root. A page's rules cannot reach into the shadow root, however
     forcefully they are written, and the root sets the type afresh, so a blog theme never pins it;
     plain CSS on the element (colour, font, background) still reaches the root through inheritance and
     the tokens. Sizes are in em from a medium base (the visitor's own default size), so
     html { font-size: 62.5% } changes nothing; --visa-font-size sets another base. */
  .root {
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-shadow: none;
    text-indent: 0;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /* theme="light|dark" sets a full palette; "auto" follows the visitor's system setting. */
  :host([theme='light']) {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  @media (prefers-color-scheme: light) {
    :host([theme='auto']) {
      ${light}
    }
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
  /* A quiet loading state while <visa-data> fetches a dataset: the data shown stays at full contrast, and a
     thin moving line above it says that more is coming. A widget still drawing the rest of its first render
     (data-drawing, a frame or a few) is busy for screen readers only: a line that came and went would move
     everything below it. */
  [aria-busy='true']:not([data-drawing]) {
    cursor: progress;
  }
  [aria-busy='true']:not([data-drawing])::before {
    content: '';
    display: block;
    height: 3px;
    margin-bottom: calc(var(--_space) * 0.5);
    border-radius: 2px;
    background: linear-gradient(90deg, transparent, var(--_border), transparent) 0 0 / 50% 100% no-repeat;
    animation: visa-busy 1.2s linear infinite;
  }
  @keyframes visa-busy {
    from {
      background-position: -100% 0;
    }
    to {
      background-position: 200% 0;
    }
  }
  /* While the page's language is fetched (VisaBase.showWaiting): the fallback content, else a line that appears
     only once the wait has lasted a second. */
  .waiting-line {
    margin: 0;
    animation: visa-appear 0s 1s backwards;
  }
  @keyframes visa-appear {
    from {
      visibility: hidden;
    }
  }
  /* The message about ignored attributes (VisaBase.renderProblems). */
  .notice {
    border: 1px solid var(--_bad);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin: 0 0 var(--_space);
    font-size: 0.9em;
    /* A long unbroken value must not widen the page. */
    overflow-wrap: anywhere;
  }
  .notice p {
    margin: 0;
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
