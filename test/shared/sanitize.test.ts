import { expect } from '@open-wc/testing';
import { sanitizeBody } from '../../src/shared/sanitize.js';
import { loadSanitizer } from '../../src/shared/load-sanitizer.js';
import { xssVectors } from '../fixtures/xss/vectors.js';
import { safePostHtml } from '../fixtures/xss/safe-post.js';
import { findDangers, recordXss, settle } from '../fixtures/xss/inspect.js';
import { ordinaryBase, ordinaryPosts } from '../fixtures/xss/ordinary.js';
import { sanitizerPaths } from '../fixtures/xss/sanitizer-api.js';
import { POLICY } from '../../src/shared/sanitize-policy.js';
import { FORBID_ATTR, FORBID_TAGS } from '../../src/shared/purify.js';

const postUrl = new URL('/blog/maritime-regulator-hit', location.origin).href;

/** Sanitizes into a live container so anything that could run gets its chance to. */
function render(html: string, options: Parameters<typeof sanitizeBody>[1] = { baseUrl: postUrl }): HTMLElement {
  const container = document.createElement('div');
  container.append(sanitizeBody(html, options));
  document.body.append(container);
  return container;
}

describe('the sanitizer corpora', () => {
  it('is what loadSanitizer() loads', async () => {
    const module = await loadSanitizer();
    expect(module.sanitizeBody).to.equal(sanitizeBody);
  });

  it('falls back to DOMPurify where setHTML refuses the configuration', async () => {
    const proto = Element.prototype as unknown as { setHTML: unknown };
    const setHTML = proto.setHTML;
    proto.setHTML = () => {
      throw new TypeError('Invalid Sanitizer configuration.');
    };
    try {
      // A fresh module copy, so its one-time probe of the API runs now.
      const copy = (await import(
        '../../src/shared/sanitize.js?copy=probe' as string
      )) as typeof import('../../src/shared/sanitize.js');
      await copy.ready();
      const fragment = copy.sanitizeBody('<p>kept <img src="https://cdn.example/a.png" onerror="alert(1)"></p>');
      expect(fragment.querySelector('p')!.textContent).to.equal('kept ');
      expect(fragment.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    } finally {
      proto.setHTML = setHTML;
    }
  });

  it('allows none of the elements and attributes named as forbidden, on either path', () => {
    expect(POLICY.elements.filter((name) => FORBID_TAGS.includes(name))).to.deep.equal([]);
    expect(POLICY.attributes.filter((name) => FORBID_ATTR.includes(name))).to.deep.equal([]);
  });

  it('has a corpus of at least 30 vectors', () => {
    expect(xssVectors.length).to.be.at.least(30);
  });

  it('has vectors the inspector flags when left unsanitized (parsed inertly)', () => {
    for (const vector of xssVectors) {
      // The leading paragraph keeps head-only elements (script, meta, base…) in the body.
      const inert = new DOMParser().parseFromString(`<p></p>${vector.html}`, 'text/html').body;
      // `<body onload>` lands on the parsed body element itself.
      const dangers = [...findDangers(inert), ...[...inert.attributes].map((a) => a.name)];
      expect(dangers, vector.name).not.to.deep.equal([]);
    }
  });
});

for (const path of sanitizerPaths)
  path.describe(`sanitizeBody ${path.name}`, () => {
    let recorder: ReturnType<typeof recordXss>;
    const containers: HTMLElement[] = [];
    let leave: () => void = () => {};

    before(async () => {
      leave = await path.enter();
    });

    after(() => leave());

    beforeEach(() => {
      recorder = recordXss();
    });

    afterEach(() => {
      recorder.restore();
      containers.splice(0).forEach((c) => c.remove());
    });

    describe('an ordinary post comes out unchanged but for the documented policy', () => {
      for (const post of ordinaryPosts) {
        it(post.name, () => {
          const body = render(post.html, { baseUrl: ordinaryBase });
          containers.push(body);
          expect(body.innerHTML.trim()).to.equal(post.expected.trim());
        });
      }

      it('keeps every link, image and alt text of the whole corpus at once', () => {
        const body = render(ordinaryPosts.map((p) => p.html).join('\n'), { baseUrl: ordinaryBase });
        containers.push(body);
        const expected = document.createElement('div');
        // Written by the test itself: the expected markup is the corpus's own, trusted.
        expected.innerHTML = ordinaryPosts.map((p) => p.expected).join('\n');
        const urls = (root: Element) =>
          [...root.querySelectorAll('a, img')].map((e) => [
            e.getAttribute('href'),
            e.getAttribute('src'),
            e.getAttribute('alt'),
          ]);
        expect(urls(body)).to.deep.equal(urls(expected));
        expect(body.textContent!.replace(/\s+/g, ' ')).to.equal(expected.textContent!.replace(/\s+/g, ' '));
      });
    });

    for (const vector of xssVectors) {
      it(`neutralises: ${vector.name}`, async () => {
        const container = render(vector.html);
        containers.push(container);
        await settle();
        expect(recorder.hits, 'payloads that ran').to.deep.equal([]);
        expect(findDangers(container), 'dangerous DOM').to.deep.equal([]);
        expect((window as unknown as Record<string, unknown>)['__xssClobber']).to.equal(undefined);
      });
    }

    it('runs nothing and renders nothing dangerous for the whole corpus at once', async () => {
      const container = render(xssVectors.map((v) => v.html).join('\n'));
      containers.push(container);
      await settle(100);
      expect(recorder.hits).to.deep.equal([]);
      expect(findDangers(container)).to.deep.equal([]);
    });

    it('keeps the text of removed wrappers but not the content of script-like elements', () => {
      const container = render('<form><label>Name</label></form><script>var secret = 1;</script><style>p{}</style>');
      containers.push(container);
      expect(container.textContent).to.contain('Name');
      expect(container.textContent).not.to.contain('secret');
      expect(container.textContent).not.to.contain('p{}');
    });

    describe('a rich safe post', () => {
      let body: HTMLElement;

      beforeEach(() => {
        body = render(safePostHtml, { baseUrl: postUrl, headingLevel: 1 });
        containers.push(body);
      });

      it('keeps headings, paragraphs, lists, quotes, tables, figures and code', () => {
        expect(body.querySelector('h2')!.textContent).to.equal('What changed');
        expect(body.querySelector('h3')!.textContent).to.equal('Timeline');
        expect(body.querySelector('ol')!.getAttribute('start')).to.equal('3');
        expect(body.querySelectorAll('ol li, ul li')).to.have.length(4);
        expect(body.querySelector('del')!.textContent).to.equal('cancelled');
        expect(body.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://www.imo.org/en/MediaCentre');
        expect(body.querySelector('table caption')!.textContent).to.equal('Duty exclusions');
        expect(body.querySelectorAll('th[scope="col"]')).to.have.length(2);
        expect(body.querySelector('td time')!.getAttribute('datetime')).to.equal('2023-12-31');
        expect(body.querySelector('figure figcaption')!.textContent).to.equal('Port of Marseille');
        expect(body.querySelector('pre code')!.textContent).to.equal('HTS 8471.30.0100');
        expect(body.querySelector('abbr')!.getAttribute('title')).to.equal('Customs and Border Protection');
        expect(body.querySelector('sub')!.textContent).to.equal('2');
        expect(body.querySelector('hr')).to.exist;
        expect(findDangers(body)).to.deep.equal([]);
      });

      it('keeps links, resolving relative ones against the post URL', () => {
        const links = [...body.querySelectorAll('a')];
        const hrefs = links.map((a) => a.getAttribute('href'));
        expect(hrefs).to.include('https://www.wsj.com/articles/imo-cyberattack');
        expect(hrefs).to.include(new URL('/blog/contact', location.origin).href);
        expect(hrefs).to.include('mailto:info@tradelogicintl.com');
        expect(links[0]!.getAttribute('title')).to.equal('WSJ story');
      });

      it('marks links to other origins noopener noreferrer, and only those', () => {
        const wsj = body.querySelector('a[href^="https://www.wsj.com"]')!;
        expect(wsj.getAttribute('rel')).to.equal('noopener noreferrer');
        const local = body.querySelector('a[href$="/blog/contact"]')!;
        expect(local.hasAttribute('rel')).to.equal(false);
        const blank = body.querySelector('a[target]')!;
        expect(blank.getAttribute('target')).to.equal('_blank');
        expect(blank.getAttribute('rel')).to.equal('noopener noreferrer');
      });

      it('keeps images with http(s) sources, lazy-loaded, with their alt and size', () => {
        const image = body.querySelector('img')!;
        expect(image.getAttribute('src')).to.equal(new URL('/images/port.jpg', location.origin).href);
        expect(image.getAttribute('loading')).to.equal('lazy');
        expect(image.getAttribute('decoding')).to.equal('async');
        expect(image.getAttribute('alt')).to.equal('Containers stacked at a port');
        expect(image.getAttribute('width')).to.equal('640');
      });
    });

    describe('image sizes', () => {
      it('keeps width and height only as a pair of whole pixel counts, which reserve the box', () => {
        const body = render(
          [
            '<img src="/a.png" alt="pair" width="640" height="360">',
            '<img src="/b.png" alt="width only" width="640">',
            '<img src="/c.png" alt="percent" width="100%" height="300">',
            '<img src="/d.png" alt="negative" width="-640" height="360">',
            '<img src="/e.png" alt="words" width="wide" height="360">',
          ].join(''),
        );
        containers.push(body);
        const sizes = [...body.querySelectorAll('img')].map((image) => [
          image.alt,
          image.getAttribute('width'),
          image.getAttribute('height'),
        ]);
        expect(sizes).to.deep.equal([
          ['pair', '640', '360'],
          ['width only', null, null],
          ['percent', null, null],
          ['negative', null, null],
          ['words', null, null],
        ]);
      });
    });

    describe('URLs', () => {
      it('drops relative URLs when there is no http(s) base to resolve them against', () => {
        const body = render('<a href="/about">About</a><img src="/a.png" alt="a">', {});
        containers.push(body);
        expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
        expect(body.querySelector('a')!.textContent).to.equal('About');
        expect(body.querySelector('img')).to.equal(null);
      });

      it('ignores a base that is not http(s)', () => {
        const body = render('<a href="x">x</a>', { baseUrl: 'javascript:alert(1)//' });
        containers.push(body);
        expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
      });

      it('removes images whose source is not http(s) and keeps http(s) srcset candidates', () => {
        const body = render(
          '<img src="ftp://x/a.png" alt="ftp"><img src="/a.png" srcset="/a-2x.png 2x, https://cdn.example/a-3x.png 3x" sizes="50vw" alt="ok">',
        );
        containers.push(body);
        const images = body.querySelectorAll('img');
        expect(images).to.have.length(1);
        expect(images[0]!.getAttribute('srcset')).to.equal(
          `${new URL('/a-2x.png', location.origin).href} 2x, https://cdn.example/a-3x.png 3x`,
        );
        expect(images[0]!.getAttribute('sizes')).to.equal('50vw');
      });

      it('drops a whole srcset when one candidate is unsafe, and sizes with it', () => {
        const body = render('<img src="/a.png" srcset="/b.png 1x, data:image/png;base64,AA 2x" sizes="10vw" alt="x">');
        containers.push(body);
        const image = body.querySelector('img')!;
        expect(image.hasAttribute('srcset')).to.equal(false);
        expect(image.hasAttribute('sizes')).to.equal(false);
      });

      it('keeps only _blank and _self targets and only harmless rel tokens', () => {
        const body = render(
          '<a href="https://a.example/" target="_top" rel="opener nofollow">a</a><a href="/b" target="_self" rel="opener">b</a>',
        );
        containers.push(body);
        const [a, b] = body.querySelectorAll('a');
        expect(a!.hasAttribute('target')).to.equal(false);
        expect(a!.getAttribute('rel')).to.equal('nofollow noopener noreferrer');
        expect(b!.getAttribute('target')).to.equal('_self');
        expect(b!.hasAttribute('rel')).to.equal(false);
      });

      it('keeps rel and target only on links, sources only on images, and http(s) quote sources', () => {
        const body = render(
          '<p rel="nofollow" target="_blank" src="https://cdn.example/a.png" srcset="https://cdn.example/a.png 1x">p</p>' +
            '<a href="/x" src="https://cdn.example/a.png" srcset="https://cdn.example/a.png 1x">a</a>' +
            '<blockquote cite="javascript:alert(1)">b</blockquote><q cite="/source">q</q>',
        );
        containers.push(body);
        const p = body.querySelector('p')!;
        for (const name of ['rel', 'target', 'src', 'srcset']) expect(p.hasAttribute(name), name).to.equal(false);
        const a = body.querySelector('a')!;
        expect(a.hasAttribute('src') || a.hasAttribute('srcset')).to.equal(false);
        expect(a.getAttribute('href')).to.equal(new URL('/x', postUrl).href);
        expect(body.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
        expect(body.querySelector('q')!.getAttribute('cite')).to.equal(new URL('/source', postUrl).href);
      });

      it('adds an empty alt to images that have none, so they are not announced by file name', () => {
        const body = render('<img src="/a.png">');
        containers.push(body);
        expect(body.querySelector('img')!.getAttribute('alt')).to.equal('');
      });
    });

    describe('headings', () => {
      it('moves the highest body heading one level below the title', () => {
        const body = render('<h1>A</h1><h2>B</h2><h4>C</h4>', { baseUrl: postUrl, headingLevel: 2 });
        containers.push(body);
        expect([...body.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName)).to.deep.equal([
          'h3',
          'h4',
          'h6',
        ]);
        expect(body.querySelector('h3')!.textContent).to.equal('A');
      });

      it('caps shifted headings at h6 and keeps their content and attributes', () => {
        const body = render('<h2 lang="fr">Un <em>titre</em></h2><h5>deep</h5>', { baseUrl: postUrl, headingLevel: 5 });
        containers.push(body);
        const [first, second] = body.querySelectorAll('h6');
        expect(first!.getAttribute('lang')).to.equal('fr');
        expect(first!.querySelector('em')!.textContent).to.equal('titre');
        expect(second!.textContent).to.equal('deep');
      });

      it('shifts more headings than a function call takes arguments', function () {
        // 150,000 headings are a large document for either sanitizer, slower still under coverage.
        this.timeout(30_000);
        const body = render('<h1>x</h1>'.repeat(150_000), { baseUrl: postUrl, headingLevel: 2 });
        containers.push(body);
        expect(body.querySelectorAll('h3')).to.have.length(150_000);
        expect(body.querySelector('h1')).to.equal(null);
      });

      it('can move headings up as well, and leaves well-placed headings alone', () => {
        const body = render('<h4>A</h4><h5>B</h5>', { baseUrl: postUrl, headingLevel: 1 });
        containers.push(body);
        expect([...body.querySelectorAll('h2,h3')].map((h) => h.localName)).to.deep.equal(['h2', 'h3']);
      });
    });

    it('returns an empty fragment for an empty body', () => {
      expect(sanitizeBody('').childNodes.length).to.equal(0);
    });
  });
