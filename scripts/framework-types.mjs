// Writes the framework typings from custom-elements.json (run by `npm run build`, after the analyzer):
// dist/types/frameworks/react.d.ts (React 19 JSX, typed `onvisa-*` event props), vue.d.ts (GlobalComponents)
// and svelte.d.ts (SvelteHTMLElements). One source, the elements' JSDoc, for every framework.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const quote = (name) => (/^[a-zA-Z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** Attributes whose properties also take an array (`programmes={['pt-digital-nomad']}`). */
const LISTS = new Set(['countries', 'programmes', 'fields', 'client-countries', 'citizenship']);
/** Attributes are text; a number-typed one also takes a number, and a list an array, as frameworks pass them. */
/** Attributes whose properties also take an object of counts (`clientCounts={{ de: 2 }}`). */
const COUNTS = new Set(['client-counts']);
const valueType = (name, type = 'string') =>
  LISTS.has(name)
    ? 'string | readonly string[]'
    : COUNTS.has(name)
      ? 'string | Readonly<Record<string, number>>'
      : type === 'number'
        ? 'number | string'
        : type.replace(/ \| undefined$/, '');
const doc = (text) => (text ? `  /** ${text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');

const eventTypes = [...new Set(elements.flatMap((e) => (e.events ?? []).map((event) => event.type.text)))];
const classes = elements.map((e) => e.name);
const header = (framework) =>
  `// Generated from custom-elements.json by scripts/framework-types.mjs for ${framework}: do not edit.\n` +
  `import type { ${[...classes, ...eventTypes].sort().join(', ')} } from '../index.js';\n`;

/** One interface per element: its attributes (named as `name` gives them) and its events as handler props. */
function interfaces(suffix, name, eventProp, alsoProperties = false) {
  return elements
    .map((element) => {
      const attributes = (element.attributes ?? []).flatMap((a) => {
        const line = (key) => `${doc(a.description)}  ${quote(key)}?: ${valueType(a.name, a.type?.text)};\n`;
        // React 19 sets a property where the element has one: headingLevel={3} works as well as heading-level.
        return [...new Set([name(a.name), ...(alsoProperties ? [camel(a.name)] : [])])].map(line);
      });
      // Writable properties without an attribute (eligibility's `profile`), typed from the package's own exports.
      const properties = (element.members ?? [])
        .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly && !m.attribute && /^\w+$/.test(m.type?.text ?? ''))
        .filter(() => alsoProperties)
        .map((m) => `${doc(m.description)}  ${quote(m.name)}?: import('../index.js').${m.type.text};\n`);
      const events = (element.events ?? []).map(
        (e) => `${doc(e.description)}  ${quote(eventProp(e.name))}?: (event: ${e.type.text}) => void;\n`,
      );
      const title = `/** \`<${element.tagName}>\`: ${element.summary ?? ''} */\n`;
      return `${title}export interface ${element.name}${suffix} {\n${[...attributes, ...properties, ...events].join('')}}\n`;
    })
    .join('\n');
}

const react =
  header('React 19') +
  `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n\n` +
  interfaces(
    'Props',
    (n) => n,
    (e) => `on${e}`,
    true,
  ) +
  `\ntype CustomElementProps<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;\n\n` +
  `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n` +
  elements.map((e) => `      '${e.tagName}': CustomElementProps<${e.name}, ${e.name}Props>;\n`).join('') +
  `    }\n  }\n}\n`;

const pascalEvent = (name) => `on${camel(name).replace(/^./, (c) => c.toUpperCase())}`;
const vue =
  header('Vue 3') +
  `import type { DefineComponent } from 'vue';\n\n` +
  interfaces('Props', camel, pascalEvent, true) +
  `\ndeclare module 'vue' {\n  interface GlobalComponents {\n` +
  elements.map((e) => `    '${e.tagName}': DefineComponent<${e.name}Props>;\n`).join('') +
  `  }\n}\n`;

const svelte =
  header('Svelte 5') +
  `import type { HTMLAttributes } from 'svelte/elements';\n\n` +
  interfaces(
    'Attributes',
    (n) => n,
    (e) => `on${e}`,
  ) +
  `\ndeclare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n` +
  elements.map((e) => `    '${e.tagName}': Omit<HTMLAttributes<${e.name}>, keyof ${e.name}Attributes> & ${e.name}Attributes;\n`).join('') +
  `  }\n}\n`;

mkdirSync('dist/types/frameworks', { recursive: true });
for (const [file, text] of [
  ['react', react],
  ['vue', vue],
  ['svelte', svelte],
])
  writeFileSync(`dist/types/frameworks/${file}.d.ts`, `${text}\nexport {};\n`);
console.log(`framework typings: ${elements.length} elements for React, Vue and Svelte.`);
