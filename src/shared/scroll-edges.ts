/**
 * A shade at each edge of a scrolling box beyond which there is more (`data-more="right bottom"` on the box's
 * parent, which the styles draw), and a tab stop on the box only while it scrolls, to scroll it with the keys.
 * Kept in step when the host is resized, after each update (in a task of its own: reading the size lays the
 * box out) and, through `update`, on the box's scroll events.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Later } from './stepwise-render.js';
import { yieldToMain } from './yield.js';

export class ScrollEdges implements ReactiveController {
  private readonly observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.update());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly later: Later,
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    this.later('edges', async () => {
      await yieldToMain();
      this.update();
    });
  }

  /** Measures the box and marks its edges. */
  readonly update = (): void => {
    const box = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    if (!box) return;
    const scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    if (scrolls) box.tabIndex = 0;
    else box.removeAttribute('tabindex');
    const more = [
      box.scrollLeft + box.clientWidth < box.scrollWidth - 1 && 'right',
      box.scrollTop + box.clientHeight < box.scrollHeight - 1 && 'bottom',
    ];
    box.parentElement!.dataset.more = more.filter(Boolean).join(' ');
  };
}
