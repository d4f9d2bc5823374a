// Time from the synthetic dataset being in use to the comparison of all its programmes on screen.
window.__compare500 = new Promise((resolve) => {
  document.addEventListener('visa-data-load', async () => {
    const start = performance.now();
    const compare = document.querySelector('visa-compare');
    await new Promise((r) => setTimeout(r, 0));
    await compare.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    resolve({ render: performance.now() - start, rows: compare.shadowRoot.querySelectorAll('tbody tr').length });
  });
});
