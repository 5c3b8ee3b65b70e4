import { expect, waitUntil } from '@open-wc/testing';
// The data layer as the elements import it: without the WordPress and Ghost readers, which
// loadFeed loads when an address or a response is one of theirs. This file's page imports nothing
// else of the data layer, so the tests run in order from a page that has not loaded them yet
// (cms-on-demand-*.test.ts start from such a page too).
import { loadFeed } from '../../src/feed/index.js';
import { readersRequested } from './cms-readers.js';
import { deferred, feedUrl, fixtureText, json, stubFetch, titledFeed } from '../helpers/index.js';

describe('the WordPress and Ghost readers, loaded on demand', () => {
  it('are not downloaded for a JSON Feed', async () => {
    stubFetch(() => json(titledFeed(2)));
    expect((await loadFeed(feedUrl())).posts.map((post) => post.title)).to.deep.equal(['Post 1', 'Post 2']);
    expect(readersRequested()).to.equal(false);
  });

  it('start loading beside the request to a WordPress address, then read its answer', async () => {
    const answer = deferred<Response>();
    stubFetch(() => answer.promise);
    const loading = loadFeed(`https://blog.example.com/wp-json/wp/v2/posts?_embed&n=${Date.now()}`);
    await waitUntil(readersRequested, 'the readers were not requested before the answer came');
    answer.resolve(json(await fixtureText('wordpress.json')));
    expect((await loading).posts[0]!.title).to.equal(
      'Section 301 Duty Exclusions Set to Expire on 12/31/23 – What Importers’ Should Do',
    );
  });
});
