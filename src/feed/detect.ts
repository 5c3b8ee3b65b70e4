import { isObject, str, type Dict, type FeedFormat } from './post.js';

/** A format a body can actually be in. */
export type SourceFormat = Exclude<FeedFormat, 'auto'>;

/** The format of one post object, by the fields only that format's items carry; else a simple post. */
export const itemFormat = (item: Dict): SourceFormat =>
  isObject(item.title) || 'date_gmt' in item
    ? 'wordpress'
    : 'content_html' in item || 'content_text' in item || 'date_published' in item || '_trade' in item
      ? 'json-feed'
      : 'uuid' in item || 'feature_image' in item
        ? 'ghost'
        : 'simple';

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
  if (/^https?:\/\/jsonfeed\.org\/version\//.test(str(data.version) ?? '')) return 'json-feed';
  if (Array.isArray(data.posts)) {
    const item = data.posts.find(isObject);
    return isObject(data.meta) || (item && itemFormat(item) === 'ghost') ? 'ghost' : 'simple';
  }
  const isPost = ('id' in data || 'title' in data) && !('items' in data || 'posts' in data);
  return isPost ? itemFormat(data) : undefined;
}
