import { expect, waitUntil } from '@open-wc/testing';
import { warmDateFormatting } from '../../src/shared/warm-dates.js';

// The loader has the browser load its date data while element code downloads (shared/warm-dates.ts).
describe('warmDateFormatting', () => {
  const original = Intl.DateTimeFormat;
  const lang = document.documentElement.lang;
  afterEach(() => {
    Intl.DateTimeFormat = original;
    document.documentElement.lang = lang;
  });

  /** Counts the formatters made, in which language, from now on. */
  function spy(): string[] {
    const made: string[] = [];
    Intl.DateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      made.push(String(locales));
      return new original(locales, options);
    } as typeof Intl.DateTimeFormat;
    return made;
  }

  it("makes one formatter in the page's language once the page is idle, not at once", async () => {
    const made = spy();
    document.documentElement.lang = 'es';
    warmDateFormatting();
    expect(made).to.deep.equal([]);
    await waitUntil(() => made.length > 0, 'no formatter was made');
    expect(made).to.deep.equal(['es']);
  });

  it('throws nothing into the page for a lang the browser cannot read', async () => {
    const made = spy();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.error);
    window.addEventListener('error', onError);
    document.documentElement.lang = 'not a language!';
    try {
      warmDateFormatting();
      await waitUntil(() => made.length > 0, 'no formatter was tried');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
