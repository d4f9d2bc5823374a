// Measures one page load from the inside: script evaluation, first render of each widget, long tasks.
// The page sets window.BENCH_TAGS to the widgets it waits for, and may set window.BENCH_SWITCH_TO to a language
// the page switches to once they are up (its texts are fetched then).
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
  if (window.BENCH_SWITCH_TO) {
    document.documentElement.lang = window.BENCH_SWITCH_TO;
    const widgets = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
    // The language observer asks each widget to update; the update waits for the language's file.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    window.__bench.marks.switched = performance.now();
  }
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the long-task observer report
  return window.__bench;
})();
