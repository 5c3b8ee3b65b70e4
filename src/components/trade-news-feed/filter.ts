import type { Post } from '../../feed/post.js';

/**
 * Folds text for matching: lower case, accents removed ("Aduana" finds "aduána"), runs of white
 * space collapsed. Readers type without accents far more often than with them.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The tags a `tag` attribute asks for. A comma separates several ("tariffs, customs") because
 * tags themselves may contain spaces.
 */
export function parseTagFilter(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map(fold).filter(Boolean);
}

/** True when the post carries any of `wanted` (already folded), or when nothing is wanted. */
export function hasAnyTag(post: Post, wanted: readonly string[]): boolean {
  return !wanted.length || post.tags.some((tag) => wanted.includes(fold(tag)));
}

/**
 * Each post's title, summary and tags, folded. A normalized post is never changed (a refresh brings
 * new objects), so it is folded once rather than on every keystroke and "Load more" click.
 */
const haystacks = new WeakMap<Post, string>();

/**
 * True when every word of `query` (folded into `words`) appears in the post's title, summary or
 * tags, so "duty drawback" finds a post titled "Drawback" tagged "duty".
 */
export function matchesQuery(post: Post, query: string, words = fold(query).split(' ')): boolean {
  let text = haystacks.get(post);
  // join() reads a missing summary as ''; an empty query folds to one '' word, which every post contains.
  if (text === undefined) haystacks.set(post, (text = fold([post.title, post.summary, ...post.tags].join(' '))));
  return words.every((word) => text.includes(word));
}

/** The posts that pass both the tag filter and the search query, in feed order. */
export function filterPosts(posts: readonly Post[], tags: readonly string[], query: string): Post[] {
  const words = fold(query).split(' ');
  return posts.filter((post) => hasAnyTag(post, tags) && matchesQuery(post, query, words));
}
