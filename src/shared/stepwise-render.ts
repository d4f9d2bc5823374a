/**
 * Draws part of a widget in steps, so that no task grows long: a first render draws what a visitor sees first,
 * the rest comes after a paint. `limit` items are drawn (see cut); a step after each paint adds `perStep`
 * more, until all are (`limit` is Infinity). A step's update names `key` in its changed properties, so the host
 * can tell a step from other updates (isStep).
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './yield.js';

/** Runs work after the host's update, once per key at a time; the host's updateComplete waits for it. */
export type Later = (key: string, work: () => Promise<unknown>) => void;

export class StepwiseRender implements ReactiveController {
  /** How many items are drawn: Infinity once all are. */
  limit: number;
  private total = 0;

  /** `first`: what the first render draws (Infinity: all at once). */
  constructor(
    private readonly host: ReactiveControllerHost & { requestUpdate(name?: PropertyKey, oldValue?: unknown): void },
    private readonly later: Later,
    private readonly key: string,
    private readonly perStep: number,
    first = Infinity,
  ) {
    this.limit = first;
    host.addController(this);
  }

  /** Draws `first` items in the next update, the rest in steps. */
  restart(first: number): void {
    const old = this.limit;
    this.limit = first;
    this.host.requestUpdate(this.key, old);
  }

  /** The items to draw now: the first `limit` of them. */
  cut<T>(items: readonly T[]): readonly T[] {
    this.total = items.length;
    return items.length > this.limit ? items.slice(0, this.limit) : items;
  }

  /** Whether some of it is still to be drawn. */
  get drawing(): boolean {
    return this.limit !== Infinity;
  }

  /** Whether an update only draws this drawing's next step. */
  isStep(changed: PropertyValues): boolean {
    return changed.size === 1 && changed.has(this.key);
  }

  hostUpdated(): void {
    if (!this.drawing) return;
    // The limit is read again at each step: a restart meanwhile (new data) goes on from its first items.
    this.later(this.key, async () => {
      while (this.drawing) {
        await afterNextPaint();
        const old = this.limit;
        const next = old + this.perStep;
        this.limit = next < this.total ? next : Infinity;
        this.host.requestUpdate(this.key, old);
      }
    });
  }
}
