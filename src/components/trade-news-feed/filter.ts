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

/** A post's text as the search and the tag filter read it, folded once per post. */
interface Folded {
  text: string;
  tags: string[];
}

/**
 * Folded text by post. A normalized post is never changed (a refresh brings new objects), so it is
 * folded once rather than on every keystroke and "Load more" click.
 */
const folded = new WeakMap<Post, Folded>();

function foldedPost(post: Post): Folded {
  let entry = folded.get(post);
  if (!entry) {
    const tags = post.tags.map(fold);
    // join() reads a missing summary as ''.
    entry = { text: fold([post.title, post.summary, ...post.tags].join(' ')), tags };
    folded.set(post, entry);
  }
  return entry;
}

/** True when the post carries any of `wanted` (already folded), or when nothing is wanted. */
export function hasAnyTag(post: Post, wanted: readonly string[]): boolean {
  return !wanted.length || foldedPost(post).tags.some((tag) => wanted.includes(tag));
}

/** The words of a query, folded; an empty query folds to one '' word, which every post contains. */
const queryWords = (query: string): string[] => fold(query).split(' ');

const hasWords = (post: Post, words: readonly string[]): boolean => {
  const { text } = foldedPost(post);
  return words.every((word) => text.includes(word));
};

/**
 * True when every word of `query` appears in the post's title, summary or tags, so "duty
 * drawback" finds a post titled "Drawback" tagged "duty".
 */
export function matchesQuery(post: Post, query: string): boolean {
  return hasWords(post, queryWords(query));
}

/** The posts that pass both the tag filter and the search query, in feed order. */
export function filterPosts(posts: readonly Post[], tags: readonly string[], query: string): Post[] {
  const words = queryWords(query);
  return posts.filter((post) => hasAnyTag(post, tags) && hasWords(post, words));
}

/**
 * The posts of a feed passing its `tag` attribute and search query, worked out again only when the
 * posts (a new array), the attribute or the query change: a render and a "Load more" click ask for
 * them several times.
 */
export class Matches {
  private _key?: [posts: readonly Post[], tag: string, query: string];
  private _value: Post[] = [];

  get(posts: readonly Post[], tag: string, query: string): Post[] {
    const key = this._key;
    if (!key || key[0] !== posts || key[1] !== tag || key[2] !== query) {
      this._key = [posts, tag, query];
      this._value = filterPosts(posts, parseTagFilter(tag), query);
    }
    return this._value;
  }
}
