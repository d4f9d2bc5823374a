// Mounts Runtime.svelte for test/frameworks.test.ts.
import { mount as mountSvelte, unmount } from 'svelte';
import 'nomad-visa-widgets';
import Runtime from './Runtime.svelte';

export function mount(container: HTMLElement) {
  const compareChanges: string[][] = [];
  const app = mountSvelte(Runtime, { target: container, props: { compareChanges } });
  return { compareChanges, unmount: () => unmount(app) };
}
