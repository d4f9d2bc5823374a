// Generates custom-elements.json (the element reference tools and the README test read) from the JSDoc.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: [
    'src/elements/**/*.styles.ts',
    'src/elements/**/*.form.ts',
    'src/elements/**/*.results.ts',
    'src/elements/**/*.attributes.ts',
    'src/elements/**/compare-model.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [typedEvents(), cssPropertyDefaults(), shippedModules()],
};

/**
 * The analyzer finds `dispatchEvent(new VisaXEvent(…))` but not the name the event class gives itself, and lists
 * it a second time, without a name, beside the `@fires {VisaXEvent} visa-x` tag. Keep one entry per event, with
 * both its name and its type; a test fails on any event left without either.
 */
function typedEvents() {
  return {
    name: 'typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const named = declaration.events.filter((event) => event.name);
          for (const event of declaration.events.filter((e) => !e.name)) {
            const twin = named.find((n) => n.type?.text === event.type?.text);
            if (!twin) named.push(event);
          }
          declaration.events = named;
        }
      }
    },
  };
}

/**
 * Each `--visa-*` property's default, as the styles write it (`var(--visa-accent, #1a56db)`), so the defaults live
 * in the styles alone and the manifest cannot drift from them. The default theme's value wins over the themed
 * ones (light and dark blocks come first in base-styles.ts).
 */
function cssPropertyDefaults() {
  const defaults = new Map();
  const base = readFileSync('src/shared/base-styles.ts', 'utf8');
  const others = readdirSync('src', { recursive: true })
    .filter((f) => String(f).endsWith('styles.ts'))
    .map((f) => readFileSync(join('src', String(f)), 'utf8'));
  // The default theme's block first; then every other style sheet for the properties it alone uses.
  for (const text of [base.slice(base.indexOf('export const baseStyles')), ...others]) {
    for (const match of text.matchAll(/var\((--visa-[a-z-]+),\s*/g)) {
      // The fallback runs to the closing parenthesis of this var(), which may contain others (color-mix(…)).
      let depth = 1;
      let end = match.index + match[0].length;
      for (; end < text.length && depth > 0; end += 1) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
      if (!defaults.has(match[1])) defaults.set(match[1], text.slice(match.index + match[0].length, end - 1).trim());
    }
  }
  return {
    name: 'css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const declaration of mod.declarations ?? [])
          for (const property of declaration.cssProperties ?? []) property.default ??= defaults.get(property.name);
    },
  };
}

/**
 * The package ships dist/esm/*.js, not src/*.ts: point every module path there, and declare each element's
 * tag (a `custom-element-definition` export, which the `defineElement` wrapper hides from the analyzer) in the
 * module that registers it.
 */
function shippedModules() {
  const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/esm/$1.js');
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.forEach(rewrite);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'module' || key === 'path') && typeof value === 'string') node[key] = shipped(value);
      else rewrite(value);
    }
  };
  return {
    name: 'shipped-modules',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.tagName) continue;
          // The class lives in <tag>.component.ts; <tag>.ts beside it registers the tag.
          const path = mod.path.replace(/\.component\.ts$/, '.ts');
          let registering = modules.find((m) => m.path === path);
          if (!registering) modules.push((registering = { kind: 'javascript-module', path, declarations: [], exports: [] }));
          registering.exports ??= [];
          if (!registering.exports.some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName))
            registering.exports.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: mod.path },
            });
        }
      }
      rewrite(modules);
    },
  };
}
