import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';

// RSS and Atom have no view counts; the `urn:trade-widgets` elements carry them as JSON Feed's
// `_trade` extension does, so a blog's RSS can show "18 views" too.
describe('parseFeed: view and comment counts in RSS and Atom', () => {
  it('reads <trade:views> and <trade:comments>, and slash:comments first', () => {
    const { posts } = parseFeed(`<?xml version="1.0"?>
      <rss version="2.0" xmlns:trade="urn:trade-widgets" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
        <channel><title>Trade news</title>
          <item><guid>a</guid><title>One</title><trade:views>18</trade:views><trade:comments>2</trade:comments></item>
          <item><guid>b</guid><title>Two</title><trade:views>lots</trade:views><slash:comments>0</slash:comments><trade:comments>5</trade:comments></item>
        </channel>
      </rss>`);
    expect(posts.map((p) => [p.views, p.comments])).to.deep.equal([
      [18, 2],
      [undefined, 0],
    ]);
  });

  it('reads them in Atom entries too', () => {
    const { posts } = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:trade="urn:trade-widgets">
      <title>Trade news</title>
      <entry><id>urn:a</id><title>One</title><trade:views>7</trade:views></entry>
    </feed>`);
    expect(posts[0]!.views).to.equal(7);
  });
});
