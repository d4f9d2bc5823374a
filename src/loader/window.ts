/**
 * `window.NomadVisaWidgets`, as both script files set it. The loader (dist/nomad-visa-widgets.js) fetches the
 * API's code on first use of `ready`; the bundle (dist/nomad-visa-widgets.bundle.js) has it at once and also
 * sets the element classes. Page code that awaits `ready` works with either.
 */
import type * as readyApi from './api.js';

/** What `ready` resolves to: every data and eligibility function, the event classes and the version. */
export type ReadyApi = Pick<
  typeof readyApi,
  | 'version'
  | 'programmes'
  | 'getProgramme'
  | 'convert'
  | 'dataset'
  | 'countryGroups'
  | 'validateDataset'
  | 'validateRateTable'
  | 'formatIssue'
  | 'listConflicts'
  | 'LOCALES'
  | 'checkEligibility'
  | 'closeness'
  | 'nextQuestions'
  | 'createEligibilityChecker'
  | 'EligibilityInputError'
  | 'VisaCompareChangeEvent'
  | 'VisaDataErrorEvent'
  | 'VisaDataLoadEvent'
  | 'VisaEligibilityChangeEvent'
>;

export interface NomadVisaWidgetsGlobal extends Partial<Omit<ReadyApi, 'version'>> {
  version: string;
  /** Resolves once every function below (and every language they may answer in) is loaded. */
  readonly ready: Promise<ReadyApi>;
  /**
   * Loads the widgets used inside `root` (a shadow root the loader cannot see into). The loader watches the
   * document by itself; the bundle defines every element at once, so there it does nothing.
   */
  discover(root?: ParentNode): void;
  /**
   * How long (ms) the loader waits for each file it fetches before the widgets that need it say so: from the
   * loader script's `data-timeout` (seconds), else 8000. A file that arrives later is still used.
   */
  timeout?: number;
}

declare global {
  interface Window {
    NomadVisaWidgets?: NomadVisaWidgetsGlobal;
    /** Each copy's API under its own version, for pages that load two releases. */
    NomadVisaWidgetsVersions?: Record<string, NomadVisaWidgetsGlobal>;
  }
}
