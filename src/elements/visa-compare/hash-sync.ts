/**
 * Keeps a comparison's state in the page's URL hash (`sync-url`): claims the widget's keys (the first
 * comparison on a page that asks keeps them; a later one with the same key is told no), tells the host when the
 * visitor goes back or forward, and writes the state in place, without a new history entry.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { claimHashKey, readHash, releaseHashKey, writeHash, type HashState } from './compare-url.js';

export class HashSync implements ReactiveController {
  /** True while the host may read and write its keys: no other comparison on the page holds them. */
  owns = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onNavigate: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back and forward between entries that differ only in the hash fire both events: applying twice is harmless.
    window.addEventListener('hashchange', this.onNavigate);
    window.addEventListener('popstate', this.onNavigate);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onNavigate);
    window.removeEventListener('popstate', this.onNavigate);
    releaseHashKey(this.host);
  }

  /** Claims `key` when `enabled` (else lets it go); false when another comparison holds it. */
  claim(enabled: boolean, key: string): boolean {
    this.owns = enabled && claimHashKey(this.host, key);
    if (!enabled) releaseHashKey(this.host);
    return this.owns || !enabled;
  }

  /** The state under `key` in the URL; undefined when the URL has none of it (or the keys are not ours). */
  read(key: string): HashState | undefined {
    return this.owns ? readHash(location.hash, key) : undefined;
  }

  write(key: string, state: HashState): void {
    if (!this.owns) return;
    const hash = writeHash(location.hash, key, state);
    try {
      if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    } catch {
      // A sandboxed frame or an opaque URL: the comparison works, it just cannot be shared by its URL.
    }
  }
}
