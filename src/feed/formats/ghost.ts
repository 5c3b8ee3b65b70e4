import {
  collect,
  put,
  decoded,
  isObject,
  itemsOf,
  toPost,
  type ParseContext,
  type Post,
  type SourceFeed,
} from '../post.js';
import { withPage } from './paging.js';

/**
 * One Ghost Content API post (https://ghost.org/docs/content-api/#posts), as returned with
 * `include=authors,tags`. Internal tags (`#name`, visibility `internal`) are not shown.
 */
export function ghostItem(raw: unknown, base?: string): Post | undefined {
  if (!isObject(raw)) return undefined;
  const people = Array.isArray(raw.authors) ? raw.authors : [raw.primary_author];
  const tags = Array.isArray(raw.tags) ? raw.tags : [];
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
      authors: people.map((person) => isObject(person) && { ...person, avatar: person.profile_image }),
      tags: tags.map((tag) => isObject(tag) && tag.visibility !== 'internal' && tag.name),
    },
    base,
  );
}

/** `{ posts, meta: { pagination } }`; the next page is `meta.pagination.next` (a page number). */
export function parseGhost(data: unknown, ctx: ParseContext): SourceFeed | undefined {
  const items = itemsOf(data, 'posts');
  if (!items) return undefined;
  const meta = isObject(data) && isObject(data.meta) ? data.meta : {};
  const next = isObject(meta.pagination) && meta.pagination.next;
  return put<SourceFeed, 'nextUrl'>(
    collect(items, (raw) => ghostItem(raw, ctx.base)),
    'nextUrl',
    typeof next === 'number' && next > 1 ? withPage(ctx.base, Math.floor(next)) : undefined,
  );
}
