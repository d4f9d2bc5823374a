// The last resort of both script files. Wrapped around the bundle by rollup.config.mjs, and called by the loader
// for a widget whose code could not be fetched or started: when the code cannot start (most often a Trusted
// Types policy list without "lit-html", the policy Lit renders with), each widget tag (or each of `tags`) still
// gets an element that says so in the page, and the console says why. Plain DOM, no HTML parsing, so it runs
// under the same policy that stopped the code.
export default function startupFailure(error, tags) {
  var reason = error && error.message ? String(error.message) : String(error);
  console.warn(
    'nomad-visa-widgets could not start: ' +
      reason +
      (/trusted|policy/i.test(reason)
        ? ' The page requires Trusted Types: add the policy name lit-html to its trusted-types directive.'
        : ''),
  );
  var texts = {
    en: 'This visa widget could not start on this page.',
    de: 'Dieses Visa-Widget konnte auf dieser Seite nicht starten.',
    ru: 'Этот виджет о визах не смог запуститься на этой странице.',
  };
  var Failed = class extends HTMLElement {
    connectedCallback() {
      // A root the loader filled while the code was late (src/loader/overdue.ts) gets this message instead.
      var late = this.shadowRoot && this.shadowRoot.querySelector('[data-nomad-visa-overdue]');
      if (this.shadowRoot && !late) return;
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      root.replaceChildren();
      var holder = this.closest('[lang]');
      var lang = ((holder && holder.getAttribute('lang')) || document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
      var message = document.createElement('p');
      message.setAttribute('part', 'notice');
      message.setAttribute('role', 'note');
      message.textContent = texts[lang] || texts.en;
      root.append(message);
    }
  };
  (tags || ['visa-data', 'visa-card', 'visa-compare', 'visa-eligibility']).forEach(function (tag) {
    if (!customElements.get(tag)) customElements.define(tag, class extends Failed {});
  });
}
