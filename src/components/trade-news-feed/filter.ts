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
 * True when every word of `query` appears in the post's title, summary or tags, so "duty
 * drawback" finds a post titled "Drawback" tagged "duty".
 */
export function matchesQuery(post: Post, query: string): boolean {
  // join() reads a missing summary as ''; an empty query folds to one '' word, which every post contains.
  const haystack = fold([post.title, post.summary, ...post.tags].join(' '));
  return fold(query)
    .split(' ')
    .every((word) => haystack.includes(word));
}

/** The posts that pass both the tag filter and the search query, in feed order. */
export function filterPosts(posts: readonly Post[], tags: readonly string[], query: string): Post[] {
  return posts.filter((post) => hasAnyTag(post, tags) && matchesQuery(post, query));
}
