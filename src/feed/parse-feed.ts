import { decodeBytes } from './decode.js';
import { parseSource, type ParseOptions } from './parse.js';
import { feedOf, type ParsedFeed } from './post.js';

/**
 * Reads a feed body — JSON or XML text, its bytes (decoded as a feed reader does: byte-order mark,
 * then HTTP charset, then XML declaration), or already-parsed JSON — into normalized posts. Items
 * that fail validation are skipped and counted. Throws a `FeedError` of kind `parse` (neither
 * JSON nor XML, an HTML page, XML that is not well-formed) or `format` (none of the accepted formats).
 *
 * In a module of its own, with the byte decoder, so the elements (which never call it) leave both out.
 */
export function parseFeed(data: unknown, options: ParseOptions = {}): ParsedFeed {
  const value =
    data instanceof Uint8Array || data instanceof ArrayBuffer ? decodeBytes(data, options.contentType) : data;
  return feedOf(parseSource(value, { format: options.format, baseUrl: options.baseUrl }));
}
