import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../../src/shared/i18n/en.js';
import { es } from '../../src/shared/i18n/es.js';
import { fr } from '../../src/shared/i18n/fr.js';
import { addEnglish, ensureLanguage, formatNumber, resolveLang, translate } from '../../src/shared/i18n/index.js';
import { formatDate } from '../../src/shared/i18n/dates.js';

describe('i18n', () => {
  before(async () => {
    addEnglish(en);
    await Promise.all([ensureLanguage('es'), ensureLanguage('fr')]);
  });

  it('has every English key translated in Spanish and French', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(es).sort()).to.deep.equal(keys);
    expect(Object.keys(fr).sort()).to.deep.equal(keys);
    for (const catalog of [es, fr]) {
      for (const [key, value] of Object.entries(catalog)) {
        expect(value, key).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('picks the plural form and formats the count for the language', () => {
    expect(translate('en', 'post.views', { count: 1 })).to.equal('1 view');
    expect(translate('en', 'post.views', { count: 1234 })).to.equal('1,234 views');
    expect(translate('en', 'post.comments', { count: 0 })).to.equal('0 comments');
    expect(translate('es', 'post.views', { count: 18 })).to.equal('18 vistas');
    expect(translate('fr', 'post.comments', { count: 1 })).to.equal('1 commentaire');
  });

  it('falls back from a regional language to its base, and to English for unknown ones', () => {
    expect(translate('es-MX', 'feed.heading')).to.equal(es['feed.heading']);
    expect(translate('de', 'feed.heading')).to.equal('Recent Posts');
    expect(translate('not a language tag!', 'feed.heading')).to.equal('Recent Posts');
  });

  it('loads a translation once, and has nothing to wait for in English or unknown languages', () => {
    expect(ensureLanguage('en')).to.equal(undefined);
    expect(ensureLanguage('de')).to.equal(undefined);
    expect(ensureLanguage('fr-CA')).to.equal(undefined);
  });

  it('lets overrides replace any string', () => {
    expect(translate('en', 'feed.heading', {}, { 'feed.heading': 'Customs news' })).to.equal('Customs news');
  });

  it('leaves unknown placeholders visible instead of dropping text', () => {
    expect(translate('en', 'error.http', {})).to.equal('The news server answered with an error ({status}).');
  });

  it('takes the language from the element, else the nearest ancestor across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr"><span></span></div>`);
    const span = outer.querySelector('span')!;
    expect(resolveLang(span)).to.equal('fr');
    const root = span.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('fr');
    inner.lang = 'es';
    expect(resolveLang(inner)).to.equal('es');
  });

  it('formats numbers and dates with Intl in the given language', () => {
    expect(formatNumber(1234, 'fr')).to.match(/^1\s234$/);
    expect(formatDate('2023-12-12T15:00:00Z', 'long', 'en')).to.equal('December 12, 2023');
    expect(formatDate('2023-12-12T15:00:00Z', 'long', 'es')).to.equal('12 de diciembre de 2023');
    expect(formatDate('not a date', 'long', 'en')).to.equal('');
  });

  it('writes relative dates such as "3 days ago"', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(formatDate('2026-11-25T12:00:00Z', 'relative', 'en', now)).to.equal('3 days ago');
    expect(formatDate('2026-11-28T11:00:00Z', 'relative', 'en', now)).to.equal('1 hour ago');
    expect(formatDate('2026-11-27T12:00:00Z', 'relative', 'es', now)).to.equal('ayer');
  });
});
