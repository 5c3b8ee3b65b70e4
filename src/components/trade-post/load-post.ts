import { FeedError, loadFeed, type Post } from '../../feed/index.js';
import type { LoadContext } from '../../shared/load-controller.js';

/**
 * A key that changes when a different post, or a changed edition of it, is shown. A feed that
 * re-renders or refreshes hands over new but equal objects; those must not count as a new load.
 */
export const postKey = (post: Post): string =>
  JSON.stringify([post.id, post.title, post.url, post.datePublished, post.dateModified]);

/** `src` resolved against the page, the base for relative URLs in posts that have no URL of their own. */
export function absoluteSrc(src: string | undefined): string | undefined {
  try {
    return src ? new URL(src, document.baseURI).href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The post `postId` (matched by id or URL) of the feed at `src`, or its first post, as a
 * `LoadController` task. Rejects with a `FeedError`: the data layer's, or kind `not-found`. A
 * fresher copy found by a background revalidation goes to `revalidated` when it still holds the post.
 * `host` is the element loading it (see `LoadOptions.host`).
 */
export async function loadPost(
  src: string,
  postId: string | undefined,
  timeout: number,
  { signal, force, revalidated }: LoadContext<Post>,
  host?: HTMLElement,
): Promise<Post> {
  const pick = (posts: Post[]) => (postId ? posts.find((p) => p.id === postId || p.url === postId) : posts[0]);
  const feed = await loadFeed(src, {
    signal,
    force,
    timeout,
    host,
    onRevalidate: (fresh) => {
      const post = pick(fresh.posts);
      if (post) revalidated(post);
    },
  });
  const post = pick(feed.posts);
  if (post) return post;
  throw new FeedError(
    'not-found',
    postId ? `No post with id "${postId}" in ${src}.` : `The feed at ${src} has no posts.`,
  );
}
