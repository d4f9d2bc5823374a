// npm run sri: the <script> tag of the built bundle with its Subresource Integrity hash; with --write, puts the
// hash into the README's CDN example (a test checks that the README's hash is the built file's).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const bundle = await readFile(new URL('../dist/nomad-visa-widgets.bundle.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
console.log(
  `<script src="https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/nomad-visa-widgets.bundle.js"\n` +
    `  integrity="${integrity}" crossorigin="anonymous"></script>`,
);
if (process.argv.includes('--write')) {
  const readme = new URL('../README.md', import.meta.url);
  const text = await readFile(readme, 'utf8');
  await writeFile(readme, text.replace(/integrity="[^"]*"/, `integrity="${integrity}"`));
}
