/**
 * Lets the browser paint and handle input between widgets' first renders: twenty (or a hundred) widgets on a
 * page then render as many short tasks instead of one long one. Later updates are not delayed.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the browser has painted what is on the page now (the next frame, then a task), so that work
 * added after it is laid out in a frame of its own. A hidden page paints nothing: then after a task, and never
 * later than 100 ms, whatever the frames do.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') return yieldToMain();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
