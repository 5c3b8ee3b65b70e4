import { FORMATS, detectJson, itemFormat } from './detect.js';
import { FeedError } from './errors.js';
import { parseGhost, ghostItem } from './formats/ghost.js';
import { parseJsonFeed, jsonFeedItem } from './formats/json-feed.js';
import { parseXmlFeed } from './formats/rss.js';
import { parseSimple, simpleItem } from './formats/simple.js';
import { parseWordpress, wordpressItem } from './formats/wordpress.js';
import { HTML_PAGE, htmlPageError, readXmlWithDom, type XmlElement, type XmlReader } from './xml.js';
import { httpUrl, isObject, type FeedFormat, type ParsedFeed, type Post, type SourceFeed } from './post.js';

/** Options of {@link parseFeed} and {@link normalizePost}. */
export interface ParseOptions {
  /** The source format; `auto` (the default) detects it. */
  format?: FeedFormat;
  /** The feed's own URL: relative links in it resolve against this. */
  baseUrl?: string;
}

/** What the loader and the command line add: the paging header and their own XML reader. */
export interface SourceOptions extends ParseOptions {
  totalPages?: number;
  readXml?: XmlReader;
}

const READERS = {
  'json-feed': [parseJsonFeed, jsonFeedItem],
  wordpress: [parseWordpress, wordpressItem],
  ghost: [parseGhost, ghostItem],
  simple: [parseSimple, simpleItem],
} as const;

const formatError = (message: string) => new FeedError('format', message);

function checkFormat(format: FeedFormat | undefined = 'auto'): FeedFormat {
  if (FORMATS.includes(format)) return format;
  throw formatError(`Unknown format "${String(format)}": use ${FORMATS.join(', ')}.`);
}

const isXmlElement = (value: unknown): value is XmlElement =>
  isObject(value) && typeof value.localName === 'string' && typeof value.getAttribute === 'function';

/**
 * Parses a body in any accepted format into posts: the engine behind {@link parseFeed}, which the
 * loader and the command line call with the paging header and their own XML reader.
 */
export function parseSource(data: unknown, options: SourceOptions = {}): SourceFeed {
  const format = checkFormat(options.format);
  const ctx = { base: httpUrl(options.baseUrl), totalPages: options.totalPages };
  let value = data;
  if (typeof data === 'string') {
    let start = 0;
    while (data.charCodeAt(start) <= 32 || data.charCodeAt(start) === 0xfeff) start++;
    const body = start ? data.slice(start) : data;
    if (body[0] === '<') {
      if (HTML_PAGE.test(body)) throw htmlPageError();
      value = (options.readXml ?? readXmlWithDom)(body);
    } else {
      try {
        value = JSON.parse(body);
      } catch (cause) {
        throw new FeedError('parse', 'The response is empty or neither JSON nor XML: check the feed address.', {
          cause,
        });
      }
    }
  } else if (isObject(data) && isXmlElement(data.documentElement)) {
    value = data.documentElement;
  }

  if (isXmlElement(value)) {
    if (value.localName.toLowerCase() === 'html') throw htmlPageError();
    if (format !== 'auto' && format !== 'rss' && format !== 'atom') {
      throw formatError(`The feed is XML, not format "${format}".`);
    }
    const feed = parseXmlFeed(value, ctx);
    if (!feed) throw formatError(`The XML is <${value.localName}>, not an RSS or Atom feed.`);
    return feed;
  }

  const detected = format === 'auto' ? detectJson(value) : format;
  if (detected === 'rss' || detected === 'atom') throw formatError(`The feed is JSON, not format "${detected}".`);
  const feed = detected && READERS[detected][0](value, ctx);
  if (!feed) {
    throw formatError(
      detected
        ? `The data is not in format "${detected}": check the format, or use "auto".`
        : 'The JSON is not a feed: expected JSON Feed, WordPress, Ghost or simple posts.',
    );
  }
  return feed;
}

/**
 * Reads a feed body — JSON or XML text, or already-parsed JSON — into normalized posts. Items that
 * fail validation are skipped and counted. Throws a {@link FeedError} of kind `parse` (neither JSON
 * nor XML, an HTML page, XML that is not well-formed) or `format` (none of the accepted formats).
 */
export function parseFeed(data: unknown, options: ParseOptions = {}): ParsedFeed {
  const { posts, skipped, nextUrl, title } = parseSource(data, { format: options.format, baseUrl: options.baseUrl });
  const feed: ParsedFeed = { posts, skipped };
  if (nextUrl) feed.nextUrl = nextUrl;
  if (title) feed.title = title;
  return feed;
}

/**
 * One post from a raw item in any accepted format (a normalized `Post` passes through validated
 * again), or undefined when it is not a valid post. A string is read as a whole feed (JSON or XML)
 * and its first post taken. Never throws.
 */
export function normalizePost(raw: unknown, options: ParseOptions = {}): Post | undefined {
  try {
    const format = checkFormat(options.format);
    if (typeof raw === 'string' || format === 'rss' || format === 'atom') return parseFeed(raw, options).posts[0];
    if (!isObject(raw)) return undefined;
    return READERS[format === 'auto' ? (itemFormat(raw) as keyof typeof READERS) : format][1](
      raw,
      httpUrl(options.baseUrl),
    );
  } catch {
    return undefined;
  }
}
