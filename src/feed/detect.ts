import { isObject, type Dict, type FeedFormat } from './post.js';

/** A format a body can actually be in. */
export type SourceFormat = Exclude<FeedFormat, 'auto'>;

export const FORMATS: readonly FeedFormat[] = ['auto', 'json-feed', 'wordpress', 'ghost', 'rss', 'atom', 'simple'];

/** Fields only that format's items carry. */
const MARKERS: [SourceFormat, string[]][] = [
  ['json-feed', ['content_html', 'content_text', 'date_published', 'date_modified', 'external_url', '_trade']],
  ['wordpress', ['_embedded', 'date_gmt', 'guid', 'featured_media']],
  ['ghost', ['uuid', 'feature_image', 'primary_author', 'custom_excerpt', 'published_at', 'reading_time']],
];

/** The format of one post object; an object with none of the markers is a simple post. */
export function itemFormat(item: Dict): SourceFormat {
  if (isObject(item.title) && 'rendered' in item.title) return 'wordpress';
  for (const [format, keys] of MARKERS) if (keys.some((key) => key in item)) return format;
  return 'simple';
}

/**
 * Which JSON format a parsed body is in, or undefined when it is none of them. A bare post object
 * counts: `<trade-post src>` may point at a URL returning one post.
 */
export function detectJson(data: unknown): SourceFormat | undefined {
  if (Array.isArray(data)) {
    const item = data.find(isObject);
    if (!item) return data.length ? undefined : 'simple';
    return itemFormat(item);
  }
  if (!isObject(data)) return undefined;
  const version = data.version;
  if (typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(version)) return 'json-feed';
  if (Array.isArray(data.posts)) {
    const item = data.posts.find(isObject);
    return (isObject(data.meta) && 'pagination' in data.meta) || (item && itemFormat(item) === 'ghost')
      ? 'ghost'
      : 'simple';
  }
  const isPost = ('id' in data || 'title' in data) && !('items' in data || 'posts' in data);
  return isPost ? itemFormat(data) : undefined;
}
