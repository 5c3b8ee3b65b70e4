import { expect } from '@open-wc/testing';
import { normalizePost, parseFeed, type FeedError } from '../../src/feed/index.js';
import { fixtureText } from './helpers.js';

describe('parseFeed: the JSON formats in the browser', () => {
  it('detects each format from its text', async () => {
    const firstIds = async (name: string) => parseFeed(await fixtureText(name)).posts.map((post) => post.id)[0];
    expect(await firstIds('json-feed.json')).to.equal('https://broker.example.com/post/maritime-regulator-cyberattack');
    expect(await firstIds('wordpress.json')).to.equal('1187');
    expect(await firstIds('ghost.json')).to.equal('5ddc9141c35e7700383b2937');
    expect(await firstIds('simple.json')).to.equal('cyberattack');
  });

  it('takes already-parsed JSON as well as text', async () => {
    const data: unknown = JSON.parse(await fixtureText('simple.json'));
    expect(parseFeed(data)).to.deep.equal(parseFeed(await fixtureText('simple.json')));
  });

  it('reads a simple post with an author string and comma tags; a count must be a number', () => {
    const [post] = parseFeed({
      posts: [{ id: 1, title: 'T', author: 'Ann', tags: 'a, b, a', views: '18', comments: 0, date: '2023-01-02' }],
    }).posts;
    expect(post).to.deep.equal({
      id: '1',
      title: 'T',
      authors: [{ name: 'Ann' }],
      tags: ['a', 'b'],
      comments: 0,
      datePublished: '2023-01-02T00:00:00Z',
    });
  });

  it('decodes entities in text titles, and strips tags from HTML ones', () => {
    expect(parseFeed([{ id: 'a', title: 'Q&amp;A &#8217; &eacute;t&eacute; &ntilde;' }]).posts[0]!.title).to.equal(
      'Q&A ’ été ñ',
    );
    expect(
      parseFeed([
        { id: 1, title: { rendered: '<b>Bold</b> &amp; <i>it</i>&hellip;' }, date_gmt: '2023-01-01T00:00:00' },
      ]).posts[0]!.title,
    ).to.equal('Bold & it…');
  });

  it('summarises a long body without reading all of it', () => {
    const body = `<p>${'word '.repeat(2000)}</p>`;
    const [post] = parseFeed([{ id: 'long', title: 'Long', content: body }]).posts;
    expect(post!.summary!.length).to.be.below(2100);
    expect(post!.summary!.endsWith('…')).to.equal(true);
    expect(post!.contentHtml).to.equal(body);
  });

  it('reads dates in the forms feeds write them, keeps ISO offsets, makes zoneless times UTC, drops the rest', () => {
    const date = (value: unknown) => parseFeed([{ id: 'd', title: 'D', date: value }]).posts[0]!.datePublished;
    expect(date('2023-10-05T14:30:00+05:30')).to.equal('2023-10-05T14:30:00+05:30');
    expect(date('2023-10-05T14:30:00+0530')).to.equal('2023-10-05T14:30:00+05:30');
    expect(date('2023-10-05 14:30:00')).to.equal('2023-10-05T14:30:00Z');
    expect(date('2023-10-05t14:30z')).to.equal('2023-10-05T14:30Z');
    expect(date('2023-10-05T14:30:00.123Z')).to.equal('2023-10-05T14:30:00.123Z');
    expect(date('Tue, 10 Jun 2003 04:00:00 GMT')).to.equal('2003-06-10T04:00:00.000Z');
    expect(date('Tue, 10 Jun 2003 04:00:00 +0200')).to.equal('2003-06-10T02:00:00.000Z');
    for (const bad of [
      '1',
      'tomorrow',
      '2023-13-01',
      '2023-02-29',
      '2023-04-31',
      '2023-01-01T25:00:00Z',
      '',
      1700000000000,
      null,
      {},
    ]) {
      expect(date(bad), String(bad)).to.equal(undefined);
    }
    expect(date('2024-02-29')).to.equal('2024-02-29T00:00:00Z');
    for (const iso of ['2023-10-05T14:30:00+05:30', '2023-10-05T14:30Z', '2003-06-10T04:00:00.000Z']) {
      expect(Number.isNaN(Date.parse(iso)), iso).to.equal(false);
    }
  });

  it('reports kind format for JSON that is no feed, kind parse for text that is not JSON', () => {
    const kind = (data: unknown) => {
      try {
        parseFeed(data);
      } catch (error) {
        return (error as FeedError).kind;
      }
      return 'none';
    };
    expect(kind('{"hello": "world"}')).to.equal('format');
    expect(kind({ items: [] })).to.equal('format');
    expect(kind('<!doctype html><title>Login</title>')).to.equal('parse');
    expect(kind('Bad Gateway')).to.equal('parse');
  });
});

describe('normalizePost in the browser', () => {
  it('reads a raw item of any format and passes a Post through', async () => {
    const ghost = (JSON.parse(await fixtureText('ghost.json')) as { posts: unknown[] }).posts[0];
    const post = normalizePost(ghost)!;
    expect(post.title).to.equal('Maritime Regulator Hit by Cyberattack');
    expect(normalizePost(post)).to.deep.equal(post);
    expect(normalizePost({ id: 'x' })).to.equal(undefined);
  });
});
