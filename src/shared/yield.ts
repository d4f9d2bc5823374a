/**
 * Lets the browser paint and handle input between widgets' first renders: twenty (or a hundred) widgets on a
 * page then render as many short tasks instead of one long one. Later updates are not delayed.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
