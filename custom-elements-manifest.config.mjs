// Generates custom-elements.json (the element reference tools and the README test read) from the JSDoc.
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
  plugins: [typedEvents()],
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
