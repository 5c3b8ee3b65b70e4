import { expect, waitUntil } from '@open-wc/testing';
import { avatarUrl, makePost, renderPost, seedPost, warmUp } from './helpers.js';
import { $, $$, drain, text } from '../../helpers/index.js';

describe('<trade-post> rendering', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  before(warmUp);

  describe('full variant', () => {
    it('renders one article with the title heading, meta, image, body, tags, stats and share bar', async () => {
      const el = await renderPost(seedPost);
      const articles = $$(el, 'article');
      expect(articles).to.have.length(1);
      const heading = $(el, 'h2')!;
      expect(heading.getAttribute('part')).to.equal('title');
      const link = heading.querySelector('a')!;
      expect(link.textContent).to.equal(seedPost.title);
      expect(link.getAttribute('href')).to.equal(seedPost.url);
      expect(text($(el, '[part~="author"]'))).to.equal('Stephen Fodor');
      expect($(el, '[part~="avatar"]')!.getAttribute('src')).to.equal(avatarUrl);
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2020-10-02T14:00:00.000Z');
      expect(text($(el, 'time'))).to.equal('October 2, 2020');
      expect(text($(el, '[part~="reading-time"]'))).to.equal('1 min read');
      expect($(el, '[part~="image"]')!.getAttribute('src')).to.equal(seedPost.image);
      expect(text($(el, '[part~="body"] h3'))).to.equal('CMA CGM');
      expect($$(el, '[part~="tag"]').map(text)).to.deep.equal(['Cybersecurity', 'Shipping']);
      expect(text($(el, '[part~="stats"]'))).to.equal('18 views 0 comments');
      expect($(el, '[part~="share"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('links the author name when the author has an http(s) URL', async () => {
      const el = await renderPost(seedPost);
      const link = $(el, '[part~="author"] a')!;
      expect(link.getAttribute('href')).to.equal('https://www.tradelogicintl.com/profile/stephen');
      expect(link.textContent).to.equal('Stephen Fodor');
    });

    it('joins several authors the way the language does', async () => {
      const el = await renderPost(
        makePost({ authors: [{ name: 'Ana' }, { name: 'Ben', url: 'https://example.com/ben' }, { name: 'Chloé' }] }),
      );
      expect(text($(el, '[part~="author"]'))).to.equal('Ana, Ben, and Chloé');
      expect($$(el, '[part~="author"] a')).to.have.length(1);
    });

    // When they load is images.test.ts's subject.
    it('shows images with empty alt and a reserved size', async () => {
      const el = await renderPost(seedPost);
      for (const image of $$(el, 'img')) {
        expect(image.getAttribute('alt')).to.equal('');
        expect(image.hasAttribute('width') && image.hasAttribute('height')).to.equal(true);
      }
    });

    it('shows the summary and a "Read more" link when there is no body', async () => {
      const el = await renderPost(makePost({ contentHtml: undefined }));
      expect(text($(el, '[part~="body"] p'))).to.equal(seedPost.summary);
      const more = $(el, '[part~="read-more"]')!;
      expect(more.getAttribute('href')).to.equal(seedPost.url);
      expect(text(more)).to.equal(`Read more: ${seedPost.title}`);
      await expect(el).to.be.accessible();
    });

    it('computes the reading time from the body', async () => {
      const words = Array(450).fill('tariff').join(' ');
      const el = await renderPost(makePost({ contentHtml: `<p>${words}</p>` }));
      expect(text($(el, '[part~="reading-time"]'))).to.equal('3 min read');
    });
  });

  describe('card variant', () => {
    it('renders image, title, excerpt, author, date, tags and stats but no body or share bar', async () => {
      const el = await renderPost(seedPost, { variant: 'card' });
      expect($$(el, 'article')).to.have.length(1);
      expect($(el, '[part~="image"]')).to.exist;
      expect(text($(el, 'h2'))).to.equal(seedPost.title);
      expect(text($(el, '[part~="excerpt"]'))).to.equal(seedPost.summary);
      expect(text($(el, '[part~="author"]'))).to.equal('Stephen Fodor');
      expect($(el, 'time')).to.exist;
      expect(text($(el, '[part~="stats"]'))).to.equal('18 views 0 comments');
      expect($(el, '[part~="body"]')).to.equal(null);
      expect($(el, '[part~="share"]')).to.equal(null);
      expect($(el, '[part~="reading-time"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('cuts the excerpt at excerpt-length on a word boundary with an ellipsis', async () => {
      const el = await renderPost(seedPost, { variant: 'card', 'excerpt-length': '40' });
      const excerpt = text($(el, '[part~="excerpt"]'));
      expect(excerpt).to.equal('International Maritime Organization is…');
      expect(excerpt.length).to.be.at.most(41);
    });

    it('takes the excerpt from the body text when there is no summary, never as HTML', async () => {
      const el = await renderPost(
        makePost({ summary: undefined, contentHtml: '<p>Duty &amp; tariffs <b>rise</b></p><script>x()</script>' }),
        { variant: 'card' },
      );
      const excerpt = $(el, '[part~="excerpt"]')!;
      expect(excerpt.textContent).to.equal('Duty & tariffs rise');
      expect(excerpt.children).to.have.length(0);
    });

    it('hides the excerpt when excerpt-length is 0', async () => {
      const el = await renderPost(seedPost, { variant: 'card', 'excerpt-length': '0' });
      expect($(el, '[part~="excerpt"]')).to.equal(null);
    });
  });

  describe('compact variant', () => {
    it('renders only the title and the date', async () => {
      const el = await renderPost(seedPost, { variant: 'compact' });
      expect($$(el, 'article')).to.have.length(1);
      expect(text($(el, 'h2'))).to.equal(seedPost.title);
      expect($(el, 'time')).to.exist;
      for (const part of ['image', 'author', 'avatar', 'excerpt', 'body', 'stats', 'tags', 'share']) {
        expect($(el, `[part~="${part}"]`), part).to.equal(null);
      }
      await expect(el).to.be.accessible();
    });
  });

  it('falls back to full for an unknown variant', async () => {
    const el = await renderPost(seedPost, { variant: 'poster' });
    expect($(el, '[part~="share"]')).to.exist;
  });

  describe('hide', () => {
    const cases: [string, string[]][] = [
      ['image', ['image']],
      ['author', ['author', 'avatar']],
      ['date', ['date']],
      ['stats', ['stats']],
      ['tags', ['tags', 'tag']],
      ['share', ['share', 'share-link']],
    ];
    for (const variant of ['full', 'card', 'compact']) {
      for (const [token, parts] of cases) {
        it(`hides ${token} in the ${variant} variant`, async () => {
          const el = await renderPost(seedPost, { variant, hide: token });
          for (const part of parts) expect($(el, `[part~="${part}"]`), part).to.equal(null);
          expect($(el, 'h2')).to.exist;
        });
      }
    }

    it('takes several tokens in any case and spacing', async () => {
      const el = await renderPost(seedPost, { hide: ' IMAGE  author\tdate stats tags share ' });
      for (const part of ['image', 'author', 'date', 'stats', 'tags', 'share']) {
        expect($(el, `[part~="${part}"]`), part).to.equal(null);
      }
      expect($(el, '[part~="body"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('hides the excerpt and reading time too, for feeds that pass their own hide list', async () => {
      const card = await renderPost(seedPost, { variant: 'card', hide: 'excerpt' });
      expect($(card, '[part~="excerpt"]')).to.equal(null);
      const full = await renderPost(seedPost, { hide: 'reading-time' });
      expect($(full, '[part~="reading-time"]')).to.equal(null);
    });
  });

  describe('heading-level', () => {
    for (const [value, expected] of [
      ['1', 'h1'],
      ['4', 'h4'],
      ['6', 'h6'],
      ['0', 'h1'],
      ['9', 'h6'],
      ['-3', 'h1'],
      ['abc', 'h2'],
      ['3.7', 'h3'],
    ] as const) {
      it(`renders heading-level="${value}" as <${expected}>`, async () => {
        const el = await renderPost(seedPost, { 'heading-level': value, variant: 'card' });
        const headings = $$(el, 'h1, h2, h3, h4, h5, h6');
        expect(headings).to.have.length(1);
        expect(headings[0]!.localName).to.equal(expected);
      });
    }

    it('puts body headings below the title heading', async () => {
      const el = await renderPost(seedPost, { 'heading-level': '3' });
      expect($(el, 'h3[part~="title"]')).to.exist;
      expect(text($(el, '[part~="body"] h4'))).to.equal('CMA CGM');
    });
  });

  describe('untrusted data', () => {
    it('shows HTML in the title as text', async () => {
      const title = '<img src=x onerror="window.__titleXss=1"><b>Bold</b> & "quoted"';
      const el = await renderPost(makePost({ title }));
      const link = $(el, '[part~="title"] a')!;
      expect(link.textContent).to.equal(title);
      expect(link.children).to.have.length(0);
      expect($(el, '[part~="title"] img')).to.equal(null);
      expect((window as unknown as Record<string, unknown>)['__titleXss']).to.equal(undefined);
    });

    it('renders the title as plain text, not a link, when the post has no URL', async () => {
      const el = await renderPost(makePost({ url: undefined }));
      expect($(el, '[part~="title"] a')).to.equal(null);
      expect(text($(el, '[part~="title"]'))).to.equal(seedPost.title);
      expect($(el, '[part~="share"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('drops hostile URLs of a Post object set directly', async () => {
      const el = await renderPost(
        makePost({
          url: 'javascript:alert(1)',
          image: 'data:image/svg+xml,<svg onload=alert(1)>',
          authors: [{ name: 'Mallory', url: 'javascript:alert(2)', avatar: 'vbscript:x' }],
          contentHtml: undefined,
        }),
      );
      expect($(el, '[part~="title"] a')).to.equal(null);
      expect($(el, '[part~="image"]')).to.equal(null);
      expect($(el, '[part~="avatar"]')).to.equal(null);
      expect($(el, '[part~="author"] a')).to.equal(null);
      expect(text($(el, '[part~="author"]'))).to.equal('Mallory');
      for (const node of $$(el, '[href], [src]')) {
        const value = node.getAttribute('href') ?? node.getAttribute('src') ?? '';
        expect(value).to.match(/^(https?:|mailto:)/);
      }
    });

    it('accepts a raw JSON Feed item as the post property', async () => {
      const el = await renderPost({
        id: '42',
        title: 'Section 301 Duty Exclusions Set to Expire',
        url: 'https://www.tradelogicintl.com/post/section-301',
        content_html: '<p>Unless Congress acts quickly…</p>',
        date_published: '2023-12-01T10:00:00Z',
        _trade: { views: 1234, comments: 1 },
      });
      expect(text($(el, '[part~="title"]'))).to.equal('Section 301 Duty Exclusions Set to Expire');
      expect(text($(el, '[part~="stats"]'))).to.equal('1,234 views 1 comment');
    });
  });

  describe('counts and language', () => {
    it('uses singular and plural forms', async () => {
      const one = await renderPost(makePost({ views: 1, comments: 1 }));
      expect(text($(one, '[part~="stats"]'))).to.equal('1 view 1 comment');
      const many = await renderPost(makePost({ views: 1234, comments: 3 }));
      expect(text($(many, '[part~="stats"]'))).to.equal('1,234 views 3 comments');
    });

    it('leaves out counts the post does not have', async () => {
      const el = await renderPost(makePost({ views: undefined, comments: undefined }));
      expect($(el, '[part~="stats"]')).to.equal(null);
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await renderPost(makePost({ views: 1234, comments: 1 }), { lang: 'es' });
      expect(text($(el, '[part~="stats"]'))).to.equal('1234 vistas 1 comentario');
      expect(text($(el, 'time'))).to.equal('2 de octubre de 2020');
      expect(text($(el, '[part~="reading-time"]'))).to.equal('1 min de lectura');
      expect($(el, '[part~="tags"]')!.getAttribute('aria-label')).to.equal('Etiquetas');
      expect(text($(el, '[part~="copy-button"]'))).to.equal('Copiar enlace');
      expect(text($(el, '[part~="share-link"][href*="linkedin"]'))).to.equal(
        'Compartir en LinkedIn (se abre en una pestaña nueva)',
      );
    });

    it('follows the language of an ancestor and re-renders when it changes', async () => {
      const el = await renderPost(makePost({ views: 2 }));
      el.parentElement!.setAttribute('lang', 'fr');
      await drain();
      await el.updateComplete;
      expect(text($(el, '[part~="stats"]'))).to.match(/^2 vues/);
    });
  });

  describe('dates', () => {
    it('writes short dates', async () => {
      const el = await renderPost(seedPost, { 'date-style': 'short' });
      expect(text($(el, 'time'))).to.equal('10/2/20');
      expect($(el, 'time')!.getAttribute('title')).to.equal('October 2, 2020');
    });

    it('writes relative dates in the element language', async () => {
      const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000 - 60_000).toISOString();
      const el = await renderPost(makePost({ datePublished: threeDaysAgo }), { 'date-style': 'relative' });
      expect(text($(el, 'time'))).to.equal('3 days ago');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal(threeDaysAgo);
      el.setAttribute('lang', 'es');
      await drain();
      await el.updateComplete;
      expect(text($(el, 'time'))).to.equal('hace 3 días');
    });

    it('falls back to the long style for an unknown date-style', async () => {
      const el = await renderPost(seedPost, { 'date-style': 'fancy' });
      expect(text($(el, 'time'))).to.equal('October 2, 2020');
    });

    it('shows no date when the post has none', async () => {
      const el = await renderPost(makePost({ datePublished: undefined }), { variant: 'compact' });
      expect($(el, 'time')).to.equal(null);
    });
  });

  it('uses the link-target for the title and keeps _blank safe', async () => {
    const el = await renderPost(seedPost, { 'link-target': '_blank', variant: 'card' });
    const link = $(el, '[part~="title"] a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('hides an image that fails to load instead of showing a broken picture', async () => {
    const missing = new URL('/test/components/trade-post/fixtures/missing.png', location.origin).href;
    const el = await renderPost(makePost({ image: missing }), { variant: 'card' });
    await waitUntil(() => !$(el, '[part~="image"]'), 'the broken image stays');
    expect($(el, '[part~="title"]')).to.exist;
  });

  it('does not render light-DOM fallback content next to a post', async () => {
    const el = await renderPost(seedPost);
    expect($(el, 'slot')).to.equal(null);
  });
});
