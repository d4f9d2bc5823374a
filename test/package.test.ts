import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import pkg from '../package.json';

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      events?: { name?: string; type?: { text?: string } }[];
      slots?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    }[];
  }[];
}

interface FullManifest {
  modules: {
    path: string;
    exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
    declarations?: {
      tagName?: string;
      attributes?: { name: string; type?: { text?: string } }[];
      cssProperties?: { name: string; default?: string }[];
      members?: { name: string; privacy?: string }[];
    }[];
  }[];
}

describe('the npm package', () => {
  it('publishes all of dist with its source maps, the dataset, the manifest and the licences, and no tests or sources', async () => {
    const { files, mapOf, error } = await executeServerCommand<
      { files: string[]; mapOf: Record<string, string>; error?: string },
      undefined
    >('npm-pack');
    expect(error, error).to.equal(undefined);
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/THIRD-PARTY-LICENSES.txt',
      'dist/nomad-visa-widgets.js.map',
      'dist/nomad-visa-widgets.js',
      'dist/nomad-visa-widgets.bundle.js',
      'dist/lazy/visa-card.js',
      'dist/lazy/language-ru.js',
      'dist/esm/index.js',
      'dist/types/index.d.ts',
      'dist/types/elements/visa-card/visa-card.d.ts',
      'data/visas.json',
      'data/visas.schema.json',
      'data/rates.schema.json',
      'dist/types/frameworks/react.d.ts',
      'dist/types/frameworks/vue.d.ts',
      'dist/types/frameworks/svelte.d.ts',
      'dist/types/eligibility-api.d.ts',
      'dist/esm/eligibility-api.js',
      'bin/nomad-visa-widgets.js',
      'bin/check.js',
      'dist/validate.js',
      'custom-elements.json',
    ]) {
      expect(files, file).to.include(file);
    }
    expect(files.filter((f) => /^(src|test|scripts|demo|docs|\.ci)\//.test(f) || f.includes('.test.'))).to.deep.equal([]);
    // Every script that names a source map ships it (the maps carry the sources, so none is fetched from src/).
    expect(Object.keys(mapOf).length).to.be.greaterThan(20);
    expect(Object.entries(mapOf).filter(([, map]) => !files.includes(map))).to.deep.equal([]);
    expect(files.filter((f) => f.startsWith('dist/esm/')).length).to.be.greaterThan(20);
  });

  it('points CDNs, bundlers and tools at the right files', () => {
    expect(pkg.unpkg).to.equal('./dist/nomad-visa-widgets.js');
    expect(pkg.jsdelivr).to.equal('./dist/nomad-visa-widgets.js');
    expect(pkg.exports['.']).to.deep.equal({
      types: './dist/types/index.d.ts',
      import: './dist/esm/index.js',
      default: './dist/esm/index.js',
    });
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.bin).to.deep.equal({ 'nomad-visa-widgets': './bin/nomad-visa-widgets.js' });
    expect(pkg.exports['./data/visas.schema.json']).to.equal('./data/visas.schema.json');
    expect(pkg.sideEffects).to.include('./dist/nomad-visa-widgets.js');
    expect(pkg.sideEffects).to.include('./dist/lazy/**');
    for (const tag of ['visa-card', 'visa-compare', 'visa-eligibility', 'visa-data'])
      expect(pkg.exports[`./${tag}` as keyof typeof pkg.exports], tag).to.deep.include({ import: `./dist/esm/elements/${tag}/${tag}.js` });
    // The classes alone register nothing, so a bundler may drop the ones a page does not use.
    expect(pkg.exports['./classes']).to.deep.include({ import: './dist/esm/classes.js', types: './dist/types/classes.d.ts' });
    expect(pkg.sideEffects.filter((path) => path.includes('/esm/'))).to.deep.equal([
      './dist/esm/index.js',
      ...['visa-card', 'visa-compare', 'visa-eligibility', 'visa-data'].map((tag) => `./dist/esm/elements/${tag}/${tag}.js`),
    ]);
  });

  it("gives in the README the bundle's integrity hash as the build makes it (npm run sri -- --write)", async () => {
    // Hashed in Node: the test server may rewrite the scripts it serves.
    const { stdout } = await executeServerCommand<{ stdout: string }, { code: string }>('node-script', {
      code: "import('./scripts/sri.mjs')",
    });
    const integrity = /integrity="([^"]*)"/.exec(stdout)?.[1];
    const readme = await (await fetch('/README.md')).text();
    const hash = /integrity="([^"]*)"/.exec(readme)?.[1];
    expect(hash, 'the README is out of date: npm run sri -- --write').to.equal(integrity);
  });

  it('keeps @lit/context out of the ES module build: one copy, shared with the site', async () => {
    const listing = (await executeServerCommand('npm-pack')) as { files: string[] };
    expect(listing.files.filter((file) => file.includes('node_modules'))).to.deep.equal([]);
  });
});

describe('README element reference', () => {
  it('names every attribute, event, slot, CSS part and CSS property of every element in custom-elements.json', async () => {
    // The test server turns JSON into a module; the manifest exists once `npm run build` has run.
    const manifestPath: string = '/custom-elements.json';
    const manifest = ((await import(/* @vite-ignore */ manifestPath)) as { default: Manifest }).default;
    const readme = await fetch('/README.md').then((r) => r.text());
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal(['visa-card', 'visa-compare', 'visa-data', 'visa-eligibility']);
    const missing: string[] = [];
    for (const element of elements) {
      if (!readme.includes(`<${element.tagName}>`)) missing.push(`${element.tagName}: no section`);
      const names = [
        ...(element.attributes ?? []).map((a) => a.name),
        ...(element.events ?? []).map((e) => e.name).filter((n): n is string => !!n),
        ...(element.slots ?? []).map((s) => s.name).filter(Boolean),
        ...(element.cssParts ?? []).map((p) => p.name),
        ...(element.cssProperties ?? []).map((p) => p.name),
      ];
      for (const name of names) if (!readme.includes(`\`${name}\``)) missing.push(`${element.tagName}: ${name}`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('points tools at shipped modules, declares each tag, types each attribute, and keeps internals out', async () => {
    const manifestPath: string = '/custom-elements.json';
    const manifest = ((await import(/* @vite-ignore */ manifestPath)) as { default: FullManifest }).default;
    const { files } = await executeServerCommand<{ files: string[] }, undefined>('npm-pack');
    const modules = JSON.stringify(manifest)
      .match(/"(module|path)":"[^"]+"/g)!
      .map((m) => m.split('":"')[1].slice(0, -1));
    expect(modules.filter((path) => !files.includes(path))).to.deep.equal([]);
    const problems: string[] = [];
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (!d.tagName) continue;
        // Declared in <tag>.component.js (the class, from /classes); registered by <tag>.js (the tag's own entry).
        const registering = manifest.modules.find((m) => m.path === mod.path.replace('.component.js', '.js'));
        const definition = registering?.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === d.tagName);
        if (definition?.declaration.module !== mod.path || registering === mod) problems.push(`${d.tagName}: no custom-element-definition`);
        if (registering?.path !== `dist/esm/elements/${d.tagName}/${d.tagName}.js`) problems.push(`${d.tagName}: registered elsewhere`);
        for (const a of d.attributes ?? []) if (!a.type?.text) problems.push(`${d.tagName}: attribute ${a.name} has no type`);
        for (const p of d.cssProperties ?? []) if (!p.default) problems.push(`${d.tagName}: ${p.name} has no default`);
        for (const m of d.members ?? [])
          if (['provided', 'inherited'].includes(m.name) && !m.privacy) problems.push(`${d.tagName}: internal ${m.name} is public`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('documents every CSS part the templates set', async () => {
    const { files } = await executeServerCommand<{ files: Record<string, string> }, undefined>('read-sources');
    const used = new Set<string>();
    for (const [path, text] of Object.entries(files)) {
      if (!path.startsWith('src/elements/')) continue;
      for (const [, value] of text.matchAll(/part="([^"]+)"/g))
        for (const name of value.split(/\s+/))
          for (const verdict of ['eligible', 'unknown', 'ineligible']) used.add(name.replace(/\$\{(key|result\.verdict)\}/, verdict));
      for (const [, a, b] of text.matchAll(/part=\$\{[^?]+\? '([^']+)' : '([^']+)'\}/g))
        [...a.split(' '), ...b.split(' ')].forEach((n) => used.add(n));
    }
    const manifest = JSON.parse(files['custom-elements.json']) as Manifest;
    const documented = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.cssParts ?? []).map((p) => p.name)));
    expect([...used].filter((name) => !documented.has(name)).sort()).to.deep.equal([]);
    expect(used.has('group-eligible') && used.has('result-ineligible') && used.has('best')).to.equal(true);
  });

  it('lists every event once, with its name and its type', async () => {
    const manifestPath: string = '/custom-elements.json';
    const manifest = ((await import(/* @vite-ignore */ manifestPath)) as { default: Manifest }).default;
    const events = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.events ?? []).map((e) => ({ tag: d.tagName, ...e })));
    expect(events.filter((e) => !e.name || !e.type?.text)).to.deep.equal([]);
    expect(events.map((e) => `${e.tag} ${e.name} ${e.type!.text}`).sort()).to.deep.equal([
      'visa-compare visa-compare-change VisaCompareChangeEvent',
      'visa-data visa-data-error VisaDataErrorEvent',
      'visa-data visa-data-load VisaDataLoadEvent',
      'visa-eligibility visa-eligibility-change VisaEligibilityChangeEvent',
    ]);
  });
});
