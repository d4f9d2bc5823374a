/**
 * Entry of the bundle, dist/nomad-visa-widgets.bundle.js: every element, every language and the API in one
 * classic script. Registers the elements (through index) and sets:
 *
 * - `window.NomadVisaWidgets`: the API of the first copy that loaded, which is the copy whose elements are
 *   registered (a second copy, or the loader beside the bundle, defines nothing and keeps it);
 * - `window.NomadVisaWidgetsVersions["0.1.0"]`: each copy's API under its own version. A page that loads two
 *   releases (or an older release that overwrites `NomadVisaWidgets` with a top-level `var`) can still reach each.
 *
 * Also when loaded with <script type="module">.
 */
import * as everything from './index.js';
import type { NomadVisaWidgetsGlobal } from './loader/window.js';

const api: NomadVisaWidgetsGlobal & typeof everything = {
  ...everything,
  ready: Promise.resolve(everything),
  discover() {},
};

window.NomadVisaWidgets ??= api;
window.NomadVisaWidgetsVersions ??= {};
window.NomadVisaWidgetsVersions[api.version] ??= api;
