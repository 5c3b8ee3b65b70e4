import type { FeedError } from '../../feed/errors.js';
import type { Post } from '../../feed/post.js';

/**
 * What the element shows: the fallback content (neither `src` nor `post`), the loading
 * placeholder, why there is no post, or the post. A post's `body` is that of a full post: its
 * sanitized body, `'pending'` while that (or the full-post module) is on its way, or `'none'` when
 * there is none to show (or the variant shows none). A post still `reading` is shown as far as a
 * reader loaded on demand lets it be read, and is announced once read.
 */
export type PostState =
  | { kind: 'fallback' }
  | { kind: 'loading' }
  | { kind: 'error'; error: FeedError }
  | { kind: 'post'; post: Post; body: HTMLElement | 'pending' | 'none'; reading: boolean };

/** The `post` property, read: a post (`reading` while a reader loads to read it in full), or why it is not one. */
export type Given = { post?: Post; reading: boolean } | FeedError;
