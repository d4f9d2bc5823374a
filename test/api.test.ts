import { expect } from '@open-wc/testing';
import * as api from '../src/index.js';
import pkg from '../package.json';
import { loadBuiltScript } from './embed/frames.js';

const runtimeKeys = (module: object) => Object.keys(module).sort();

describe('public API', () => {
  it('exposes programmes, getProgramme, convert and version', () => {
    expect(api.programmes).to.have.length(23);
    expect(api.getProgramme('pt-digital-nomad')?.country).to.equal('pt');
    expect(api.convert(100, 'EUR', 'EUR').amount).to.equal(100);
    expect(api.version).to.equal(pkg.version);
  });

  it('the bundle sets window.NomadVisaWidgets with the same API as the ES module, and ready and discover', async () => {
    await loadBuiltScript();
    const global = window.NomadVisaWidgets as unknown as Record<string, unknown>;
    expect(global, 'window.NomadVisaWidgets').to.be.an('object');
    expect(runtimeKeys(global)).to.deep.equal([...runtimeKeys(api), 'discover', 'ready'].sort());
    expect((await window.NomadVisaWidgets!.ready).checkEligibility).to.equal(global.checkEligibility);
    const esm = await import(/* @vite-ignore */ '/dist/esm/index.js' as string);
    expect(runtimeKeys(esm)).to.deep.equal(runtimeKeys(api));
    expect((global.programmes as unknown[]).length).to.equal(23);
    expect((global.getProgramme as typeof api.getProgramme)('kz-neo-nomad')?.income?.value).to.include({ amount: 3000, currency: 'USD' });
    expect(global.version).to.equal(api.version);
  });
});
