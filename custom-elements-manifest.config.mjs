// Generates custom-elements.json (the element reference tools and the README test read) from the JSDoc.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/*.form.ts', 'src/elements/**/*.results.ts', 'src/elements/**/compare-model.ts'],
  outdir: '.',
  litelement: true,
};
