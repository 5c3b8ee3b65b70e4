import { expect } from '@open-wc/testing';
import { isLoaderUrl, siblingBase } from '../../src/shared/sibling-base.js';

// Where the loader looks for its sibling files, for the URLs partners paste. The pages in
// script-tag.test.ts load real files through the test server's CDN-shaped routes.

const page = 'https://partner.example/news/index.html';
const base = (src: string, basePath?: string) => siblingBase({ src, basePath, documentBase: page }, '1.2.3');

describe('siblingBase', () => {
  it('takes data-base-path first, relative to the page, with a trailing slash', () => {
    expect(base('https://cdn.example/any/name.js', 'https://files.example/tw')).to.equal('https://files.example/tw/');
    expect(base('https://cdn.example/any/name.js', '/assets/tw/')).to.equal('https://partner.example/assets/tw/');
    expect(base('https://cdn.example/npm/trade-widgets', 'vendor/tw')).to.equal(
      'https://partner.example/news/vendor/tw/',
    );
  });

  it('uses the folder of a URL ending in .js, whatever the file is called', () => {
    expect(base('https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/trade-widgets.min.js')).to.equal(
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/',
    );
    expect(base('https://partner.example/static/widgets.js?v=7#x')).to.equal('https://partner.example/static/');
    expect(base('/js/trade-widgets.min.js')).to.equal('https://partner.example/js/');
  });

  it('reads a bare package URL as a package root and adds /dist/', () => {
    expect(base('https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3')).to.equal(
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/',
    );
    expect(base('https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/')).to.equal(
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/',
    );
  });

  it('adds this script’s own version to a root without one (a redirecting URL)', () => {
    expect(base('https://unpkg.com/trade-widgets')).to.equal('https://unpkg.com/trade-widgets@1.2.3/dist/');
    expect(base('https://cdn.jsdelivr.net/npm/trade-widgets')).to.equal(
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/',
    );
  });

  it('replaces a range or tag with the exact version, so one page never mixes two releases', () => {
    expect(base('https://unpkg.com/trade-widgets@1')).to.equal('https://unpkg.com/trade-widgets@1.2.3/dist/');
    expect(base('https://cdn.jsdelivr.net/npm/trade-widgets@latest')).to.equal(
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/',
    );
  });

  it('falls back to the page’s folder when the script’s URL is unknown', () => {
    expect(base('')).to.equal('https://partner.example/news/');
  });

  it('sets aside a data-base-path that is not a URL, says so, and looks beside the script', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      expect(base('https://cdn.example/tw@1.2.3/dist/trade-widgets.min.js', 'http://[broken')).to.equal(
        'https://cdn.example/tw@1.2.3/dist/',
      );
    } finally {
      console.warn = warn;
    }
    expect(String(warnings[0]?.[0])).to.contain('data-base-path "http://[broken" is not a URL');
  });
});

describe('isLoaderUrl', () => {
  it('knows the loader by its file name or a package root', () => {
    for (const src of [
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/trade-widgets.min.js',
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3',
      'https://cdn.jsdelivr.net/npm/trade-widgets@latest/',
      'https://unpkg.com/trade-widgets',
      'https://partner.example/js/trade-widgets.min.js?v=2',
    ])
      expect(isLoaderUrl(src), src).to.equal(true);
  });

  it('does not take other scripts whose URL merely mentions the name', () => {
    for (const src of [
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/trade-widgets.all.min.js',
      'https://cdn.jsdelivr.net/npm/trade-widgets@1.2.3/dist/trade-widgets.trade-post-x1.js',
      'https://partner.example/js/trade-widgets-config.js',
      'https://partner.example/trade-widgets/analytics.js',
    ])
      expect(isLoaderUrl(src), src).to.equal(false);
  });
});
