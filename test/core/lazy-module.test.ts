import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import { lazyModule } from '../../src/base/lazy-module.js';

/** The one way a widget holds a module it fetches on first need (the dossier view, the sending code, URL writing). */
describe('lazyModule', () => {
  it('fetches once however many widgets ask, even at the same time, and keeps the module', async () => {
    let fetches = 0;
    const mod = { name: 'view' };
    const lazy = lazyModule(async () => {
      fetches++;
      return mod;
    });
    expect(lazy.module).to.equal(undefined);
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).to.equal(mod);
    expect(b).to.equal(mod);
    expect(lazy.module).to.equal(mod);
    expect(await lazy.load()).to.equal(mod);
    expect(fetches).to.equal(1);
  });

  it('forgets a failed fetch: the next load asks again, and the failure comes as a lost connection, with its cause', async () => {
    let fetches = 0;
    const lazy = lazyModule(async () => {
      fetches++;
      if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    const failed = await lazy.load().then(
      () => undefined,
      (error: unknown) => error,
    );
    // What every widget shows for a lost connection, with its retry.
    expect(failed).to.be.instanceOf(ApiError);
    expect((failed as ApiError).kind).to.equal('network');
    expect(((failed as ApiError).cause as Error).name).to.equal('TypeError');
    expect(lazy.module).to.equal(undefined);
    expect(await lazy.load()).to.deep.equal({ ok: true });
    expect(fetches).to.equal(2);
  });

  it("a part's words: nothing to wait for before it arrives, then loaded in the widget's language with it; words that cannot come fail like the part", async () => {
    const loaded = new Set(['vi']);
    let englishFails = true;
    const words = {
      has: (lang: string) => loaded.has(lang),
      load: async (lang: string) => {
        if (lang === 'en' && englishFails) return false;
        loaded.add(lang);
        return true;
      },
    };
    const lazy = lazyModule(
      async () => ({ words }),
      (module) => module.words,
    );
    // Before the part is there, a widget switching to English has nothing of it to wait for.
    expect(lazy.words.has('en')).to.equal(true);
    expect(await lazy.words.load('en')).to.equal(true);
    expect(loaded.has('en')).to.equal(false);
    // Asked for in English, the part comes with its English, or fails as the part would.
    const failed = await lazy.load('en').catch((error: unknown) => error);
    expect((failed as ApiError).kind).to.equal('network');
    expect(lazy.module, 'the part itself arrived').to.not.equal(undefined);
    // From now on the widget's language waits for the part's words.
    expect(lazy.words.has('en')).to.equal(false);
    englishFails = false;
    expect(await lazy.load('en')).to.equal(lazy.module);
    expect(lazy.words.has('en')).to.equal(true);
  });
});
