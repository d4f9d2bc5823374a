/**
 * Marks what the loader puts in the shadow root of a widget whose code is late (src/loader/overdue.ts): the
 * widget's code, arriving after all, replaces it (VisaBase.createRenderRoot), as startup-failure.js does.
 */
export const OVERDUE_MARK = 'data-nomad-visa-overdue';
