import { fixture, html } from '@open-wc/testing';
import type { Post } from '../../../src/feed/index.js';
import type { TradePost } from '../../../src/components/trade-post/trade-post.js';
import { loadSanitizer } from '../../../src/shared/load-sanitizer.js';
import '../../../src/trade-post.js';
import { itemOf, jsonFeed, nextEvent } from '../../helpers/index.js';

/** Images served by the test server, so they load instead of failing (failed images are hidden). */
export const imageUrl = new URL('/test/components/trade-post/fixtures/port.svg', location.origin).href;
export const avatarUrl = new URL('/test/components/trade-post/fixtures/avatar.svg', location.origin).href;

/** The seed page's post, normalized. */
export const seedPost: Post = {
  id: 'maritime-regulator-hit',
  title: 'Maritime Regulator Hit by Cyberattack, Data Possibly Stolen in Last Weeks CMA CGM Cyberattack',
  url: 'https://www.tradelogicintl.com/post/maritime-regulator-hit',
  summary: 'International Maritime Organization is the second shipping entity attacked by hackers in the past week.',
  contentHtml:
    '<p>(WSJ) The International Maritime Organization, the United Nations arm that regulates global shipping, said its London headquarters has been hit by a cyberattack.</p><h2>CMA CGM</h2><p>CMA CGM SA said some of its data may have been stolen.</p>',
  image: imageUrl,
  datePublished: '2020-10-02T14:00:00.000Z',
  authors: [{ name: 'Stephen Fodor', url: 'https://www.tradelogicintl.com/profile/stephen', avatar: avatarUrl }],
  tags: ['Cybersecurity', 'Shipping'],
  views: 18,
  comments: 0,
};

export function makePost(overrides: Partial<Post> = {}): Post {
  return { ...seedPost, ...overrides };
}

/** A JSON Feed 1.1 document holding `posts`. */
export const jsonFeedOf = (posts: Post[]): Record<string, unknown> =>
  jsonFeed(posts.map(itemOf), { title: 'Trade Logic News' });

/**
 * Loads the body sanitizer once before a file's tests: on a busy machine the dev server's first
 * transform of DOMPurify can take longer than one test's timeout. Use as `before(warmUp)`.
 */
export async function warmUp(this: Mocha.Context): Promise<void> {
  this.timeout(60_000);
  await loadSanitizer();
}

/** Renders a `<trade-post>` with `post` set and waits for its body (if any) to render. */
export async function renderPost(
  post: Post | Record<string, unknown>,
  attrs: Record<string, string> = {},
): Promise<TradePost> {
  const el = document.createElement('trade-post');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.post = post;
  const loaded = nextEvent(el, 'trade-post-load');
  // Fixture the element itself: a plain wrapper would make fixture() wait for an animation frame,
  // which never comes while the test page is a background tab (test files run side by side).
  await fixture(html`${el}`);
  await loaded;
  await el.updateComplete;
  return el;
}
