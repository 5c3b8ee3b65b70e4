import {
  collect,
  put,
  decoded,
  isObject,
  itemsOf,
  text,
  toPost,
  type ParseContext,
  type Post,
  type SourceFeed,
} from '../post.js';

/**
 * One post of the simple format: `id, title, url, summary|excerpt, content|contentHtml, image,
 * date|datePublished, author ({ name, avatar, url } or a string), tags, views, comments`. A
 * normalized {@link Post} is a simple post too, so it passes through validated again.
 */
export function simpleItem(raw: unknown, base?: string): Post | undefined {
  if (!isObject(raw)) return undefined;
  return toPost(
    {
      id: raw.id,
      title: decoded(raw.title),
      url: raw.url,
      summary: decoded(raw.summary) ?? decoded(raw.excerpt),
      contentHtml: raw.contentHtml ?? raw.content,
      image: raw.image,
      datePublished: raw.datePublished ?? raw.date,
      dateModified: raw.dateModified,
      authors: Array.isArray(raw.authors) ? raw.authors : [raw.author],
      tags: raw.tags,
      views: raw.views,
      comments: raw.comments,
    },
    base,
  );
}

/** `{ posts: [...] }`, a bare array, or one post object. */
export function parseSimple(data: unknown, ctx: ParseContext): SourceFeed | undefined {
  const items = itemsOf(data, 'posts');
  if (!items) return undefined;
  return put<SourceFeed, 'title'>(
    collect(items, (raw) => simpleItem(raw, ctx.base)),
    'title',
    isObject(data) && items === data.posts ? text(decoded(data.title)) : undefined,
  );
}
