import { expect } from '@open-wc/testing';
import type { Post } from '../../../src/feed/post.js';
import {
  filterPosts,
  fold,
  hasAnyTag,
  matchesQuery,
  parseTagFilter,
} from '../../../src/components/trade-news-feed/filter.js';

const post = (id: string, title: string, extra: Partial<Post> = {}): Post => ({
  id,
  title,
  authors: [],
  tags: [],
  ...extra,
});

const posts: Post[] = [
  post('1', 'Section 301 tariffs explained', { summary: 'What importers pay now.', tags: ['Tariffs', 'China'] }),
  post('2', 'Drawback basics', { summary: 'Get duties back on exports.', tags: ['Duty'] }),
  post('3', 'Aduanas en México', { summary: 'Trámites de importación.', tags: ['Customs Broker'] }),
];

describe('feed filtering', () => {
  it('folds case, accents and spacing', () => {
    expect(fold('  Aduánas   EN México ')).to.equal('aduanas en mexico');
  });

  it('reads a tag filter as a comma-separated list and ignores blanks', () => {
    expect(parseTagFilter('Tariffs, customs broker ,,')).to.deep.equal(['tariffs', 'customs broker']);
    expect(parseTagFilter('')).to.deep.equal([]);
    expect(parseTagFilter(null)).to.deep.equal([]);
  });

  it('matches a tag case-insensitively against any of the post tags', () => {
    expect(hasAnyTag(posts[0]!, ['tariffs'])).to.be.true;
    expect(hasAnyTag(posts[0]!, ['china'])).to.be.true;
    expect(hasAnyTag(posts[1]!, ['tariffs'])).to.be.false;
    expect(hasAnyTag(posts[1]!, [])).to.be.true;
  });

  it('matches every word of a query in the title, summary or tags', () => {
    expect(matchesQuery(posts[0]!, 'TARIFFS')).to.be.true;
    expect(matchesQuery(posts[1]!, 'exports duty')).to.be.true;
    expect(matchesQuery(posts[1]!, 'exports tariffs')).to.be.false;
    expect(matchesQuery(posts[2]!, 'mexico')).to.be.true;
    expect(matchesQuery(posts[2]!, 'broker')).to.be.true;
    expect(matchesQuery(posts[2]!, '   ')).to.be.true;
  });

  it('combines tag and query, keeping feed order', () => {
    expect(filterPosts(posts, [], '').map((p) => p.id)).to.deep.equal(['1', '2', '3']);
    expect(filterPosts(posts, ['duty', 'tariffs'], '').map((p) => p.id)).to.deep.equal(['1', '2']);
    expect(filterPosts(posts, ['duty', 'tariffs'], 'exports').map((p) => p.id)).to.deep.equal(['2']);
    expect(filterPosts(posts, ['nope'], '')).to.deep.equal([]);
  });
});
