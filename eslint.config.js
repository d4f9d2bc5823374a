// Lint: TypeScript, web-component and Lit rules (templates and their accessibility), at zero warnings.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'bench/results/', 'test/frameworks/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
    ...wc.configs['flat/best-practice'],
  },
  { files: ['src/**/*.ts', 'test/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['src/**/*.ts', 'test/**/*.ts'], ...litA11y.configs.recommended },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Deliberate: the narrow layouts restyle tables (display: block) and lists (no bullets), which makes
      // browsers drop their implicit roles; the explicit roles keep them for screen readers.
      'lit-a11y/no-redundant-role': 'off',
      'max-len': ['error', { code: 140, ignoreUrls: true }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'bin/**/*.js', '*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['test/**/*.ts'], languageOptions: { globals: { ...globals.mocha } } },
);
