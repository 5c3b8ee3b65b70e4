import {
  collect,
  decoded,
  isObject,
  toPost,
  withPage,
  type ParseContext,
  type Post,
  type SourceFeed,
} from '../post.js';

/**
 * One Ghost Content API post (https://ghost.org/docs/content-api/#posts), as returned with
 * `include=authors,tags`. Internal tags (`#name`, visibility `internal`) are not shown.
 */
export function ghostItem(raw: unknown, base?: string): Post | undefined {
  if (!isObject(raw)) return undefined;
  const people = Array.isArray(raw.authors) ? raw.authors : raw.primary_author ? [raw.primary_author] : [];
  const tags = Array.isArray(raw.tags)
    ? raw.tags
        .filter((tag) => isObject(tag) && tag.visibility !== 'internal')
        .map((tag) => (tag as { name?: unknown }).name)
    : undefined;
  return toPost(
    {
      id: raw.id ?? raw.uuid,
      title: decoded(raw.title),
      url: raw.url,
      summary: decoded(raw.custom_excerpt) ?? decoded(raw.excerpt),
      contentHtml: raw.html,
      image: raw.feature_image,
      datePublished: raw.published_at,
      dateModified: raw.updated_at,
      authors: people.map((person) =>
        isObject(person) ? { name: person.name, url: person.url, avatar: person.profile_image } : undefined,
      ),
      tags,
    },
    base,
  );
}

/** `{ posts, meta: { pagination } }`; the next page is `meta.pagination.next` (a page number). */
export function parseGhost(data: unknown, ctx: ParseContext): SourceFeed | undefined {
  if (Array.isArray(data)) return collect(data, (raw) => ghostItem(raw, ctx.base));
  if (!isObject(data)) return undefined;
  if (!Array.isArray(data.posts))
    return 'posts' in data ? undefined : collect([data], (raw) => ghostItem(raw, ctx.base));
  const feed: SourceFeed = collect(data.posts, (raw) => ghostItem(raw, ctx.base));
  const pagination = isObject(data.meta) && isObject(data.meta.pagination) ? data.meta.pagination : {};
  const next = pagination.next;
  const page = typeof next === 'number' && Number.isInteger(next) && next > 1 ? withPage(ctx.base, next) : undefined;
  if (page) feed.nextUrl = page;
  return feed;
}
