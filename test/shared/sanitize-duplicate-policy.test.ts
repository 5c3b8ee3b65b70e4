import { expect } from '@open-wc/testing';
import { itWithSanitizerApi, removeSanitizerApi } from '../fixtures/xss/sanitizer-api.js';
import { enforceCsp } from '../helpers/index.js';

/**
 * A browser without the HTML Sanitizer API, on a page where another copy of the library got there
 * first: the partner CSP (no 'allow-duplicates') and a `trade-widgets` policy that already exists.
 * The fallback must not throw while loading, use DOMPurify's own allowed policy, and when that
 * name is taken too, refuse with a typed error (the element then shows the summary) rather than
 * render nothing.
 */
const trustedTypes = enforceCsp();
trustedTypes.createPolicy('trade-widgets', { createHTML: () => '' });
const restoreApi = removeSanitizerApi();
after(restoreApi);

type LoadModule = typeof import('../../src/shared/load-sanitizer.js');

describe('sanitizeBody when the policy name is already taken', () => {
  it('loads and falls back to the dompurify policy', async () => {
    const { loadSanitizer }: LoadModule = await import('../../src/shared/load-sanitizer.js');
    const { sanitizeBody } = await loadSanitizer();
    const fragment = sanitizeBody('<p>Hello <a href="https://example.com/">there</a><img src=x onerror=alert(1)></p>');
    expect(fragment.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(fragment.querySelector('img')).to.equal(null);
    expect(() => trustedTypes.createPolicy('dompurify', {})).to.throw();
  });

  it('reports SanitizerUnavailableError when no allowed policy name is left', async () => {
    // A second module instance stands for a third copy of the library on the page.
    const copy = (await import(
      '../../src/shared/sanitize.js?copy=3' as string
    )) as typeof import('../../src/shared/sanitize.js');
    await copy.ready();
    expect(() => copy.sanitizeBody('<p>Hello</p>')).to.throw(copy.SanitizerUnavailableError);
  });

  itWithSanitizerApi('uses the HTML Sanitizer API, which needs no policy, where the browser has it', async () => {
    restoreApi();
    const copy = (await import(
      '../../src/shared/sanitize.js?copy=4' as string
    )) as typeof import('../../src/shared/sanitize.js');
    await copy.ready();
    expect(copy.sanitizeBody('<p>Hello <em>again</em></p>').querySelector('em')!.textContent).to.equal('again');
  });
});
