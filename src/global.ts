/**
 * Entry of the single script: registers the elements (through index) and exposes the API as
 * window.NomadVisaWidgets, also when loaded with <script type="module">. A second copy of the script
 * keeps the first one's API, matching the elements that copy registered.
 */
import * as api from './index.js';

declare global {
  interface Window {
    NomadVisaWidgets?: typeof api;
  }
}

window.NomadVisaWidgets ??= api;
