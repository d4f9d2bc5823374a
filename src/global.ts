/**
 * Entry of the single script: registers the elements (through index) and exposes the API.
 *
 * - `window.NomadVisaWidgets`: the API of the first copy that loaded, which is the copy whose elements are
 *   registered (a second copy defines nothing and keeps it).
 * - `window.NomadVisaWidgetsVersions["0.1.0"]`: each copy's API under its own version. A page that loads two
 *   releases (or an older release that overwrites `NomadVisaWidgets` with a top-level `var`) can still reach each.
 *
 * Also when loaded with <script type="module">.
 */
import * as api from './index.js';

declare global {
  interface Window {
    NomadVisaWidgets?: typeof api;
    NomadVisaWidgetsVersions?: Record<string, typeof api>;
  }
}

window.NomadVisaWidgets ??= api;
window.NomadVisaWidgetsVersions ??= {};
window.NomadVisaWidgetsVersions[api.version] ??= api;
