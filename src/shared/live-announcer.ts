/**
 * A widget's polite live region and what it says to screen readers. The host's template draws the region once
 * (render()); the controller writes its text itself, so an announcement re-renders nothing.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

export class LiveAnnouncer implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  /** `repeat`: the same words twice in a row are said again (two filters that hide nothing), else once. */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly repeat: boolean,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render() {
    return html`<div class="visually-hidden" id="announcer" role="status" aria-live="polite" aria-atomic="true"></div>`;
  }

  /** Says the words once the pending update is drawn: what a visitor's action did, as the widget now shows it. */
  say(words: () => string): void {
    void this.host.updateComplete.then(() => this.write(words()));
  }

  /** Says the words once nothing more was asked for `ms`: when a visitor has stopped typing. */
  sayLater(words: () => string, ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(words()), ms);
  }

  private write(text: string): void {
    const region = this.host.renderRoot.querySelector('#announcer');
    if (!region || (!this.repeat && region.textContent === text)) return;
    region.textContent = region.textContent === text ? `${text}\u00a0` : text;
  }
}
