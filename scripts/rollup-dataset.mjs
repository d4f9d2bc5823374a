// Rollup plugin for data/visas.json: validates it at build time (the build fails on a bad dataset, so the
// browser need not re-check the bundled copy) and embeds it as JSON.parse('…'), which engines parse faster
// than the same data written as a JavaScript object literal.
import { loadValidator } from './load-validator.mjs';

export function dataset() {
  let validator;
  return {
    name: 'nomad-visa-dataset',
    async transform(code, id) {
      if (!id.endsWith('/data/visas.json')) return null;
      validator ??= await loadValidator();
      const result = validator.validateDataset(JSON.parse(code));
      if (!result.ok) this.error(`data/visas.json is invalid:\n${result.issues.map(validator.formatIssue).join('\n')}`);
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(result.dataset))});`, map: { mappings: '' } };
    },
  };
}
