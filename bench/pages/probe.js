// Measures one page load from the inside: script evaluation, first render of each widget, long tasks.
// The page sets window.BENCH_TAGS to the widgets it waits for.
window.__bench = { longTasks: [], marks: {} };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });
performance.mark('script-start');
window.__benchDone = (async () => {
  await new Promise((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', resolve) : resolve()));
  const entries = performance.getEntriesByName('script-end');
  window.__bench.scriptEvaluation = entries.length
    ? entries[0].startTime - performance.getEntriesByName('script-start')[0].startTime
    : undefined;
  const tags = window.BENCH_TAGS ?? [];
  for (const tag of tags) {
    const elements = [...document.querySelectorAll(tag)];
    await customElements.whenDefined(tag);
    await Promise.all(elements.map((el) => el.updateComplete));
    // The next frame after the render: when the widget is on screen.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    window.__bench.marks[tag] = performance.now();
  }
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the long-task observer report
  return window.__bench;
})();
