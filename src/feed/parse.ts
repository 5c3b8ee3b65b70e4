import { detectJson, itemFormat, type SourceFormat } from './detect.js';
import { FeedError, loadOnDemand } from './errors.js';
import { parseJsonFeed, jsonFeedItem } from './formats/json-feed.js';
import { parseSimple, simpleItem } from './formats/simple.js';
import { feedOf, isObject, put, type FeedFormat, type ParseContext, type Post, type SourceFeed } from './post.js';
import { httpUrl, takeUnresolved } from './urls.js';
import type { XmlElement, XmlReader } from './xml.js';

/** Options of `parseFeed` and {@link normalizePost}. */
export interface ParseOptions {
  /** The source format; `auto` (the default) detects it. */
  format?: FeedFormat;
  /** The feed's own URL: relative links in it resolve against this. */
  baseUrl?: string;
  /** The HTTP `Content-Type` the body came with: its `charset` decodes bytes that have no byte-order mark. */
  contentType?: string | null;
}

/** What {@link parseSource} reads: decoded text (no content type) and the paging header the loader and the command line add. */
export interface SourceOptions extends Omit<ParseOptions, 'contentType'> {
  totalPages?: number;
}

/** An HTML page (a login or error page where a feed was expected) is never a feed. */
const HTML_PAGE = /^<(!doctype\s+html|html[\s>])/i;

/**
 * RSS and Atom: the XML reader (`DOMParser`) and the formats, installed by xml-formats.ts. The
 * public entry imports that module up front, so `parseFeed` reads XML at once; the elements import
 * this core without it, and {@link loadFeed} loads it the first time a response is XML.
 */
interface XmlFormats {
  read: XmlReader;
  parse: (root: XmlElement, ctx: ParseContext) => SourceFeed | undefined;
}

let xmlFormats: XmlFormats | undefined;
/** An XML reader that replaces `DOMParser` (the Node entry installs node-xml.ts's). */
let xmlReader: XmlReader | undefined;

/** Installs the RSS and Atom readers (xml-formats.ts does, when it is imported). */
export function useXmlFormats(formats: XmlFormats): void {
  xmlFormats = formats;
}

/** Installs the XML reader used where there is no `DOMParser` (the Node entry does). */
export function useXmlReader(reader: XmlReader): void {
  xmlReader = reader;
}

/** Whether `text` is an XML document the RSS and Atom readers, not loaded yet, must read. */
export function needsXmlFormats(text: string): boolean {
  const body = text.trim();
  return !xmlFormats && body[0] === '<' && !HTML_PAGE.test(body);
}

/** A JSON format's reader of a whole body and of one item. */
type Reader = readonly [
  (data: unknown, ctx: ParseContext) => SourceFeed | undefined,
  (raw: unknown, base?: string) => Post | undefined,
];

/**
 * The JSON readers. WordPress's and Ghost's (cms-formats.ts) are installed at import by the public
 * entry, and by {@link loadCmsFormats} in the elements' core, where a body in one of them is read
 * as an empty feed and noted (see {@link takeMissedFormat}) until they are there.
 */
const READERS: Partial<Record<SourceFormat, Reader>> = {
  'json-feed': [parseJsonFeed, jsonFeedItem],
  simple: [parseSimple, simpleItem],
};
/** Set when a WordPress or Ghost body or item was met before their readers were installed. */
let missedFormat = false;

/** Installs the WordPress and Ghost readers (public.ts does at import). */
export function useCmsFormats(readers: Partial<Record<SourceFormat, Reader>>): void {
  Object.assign(READERS, readers);
}

/** Loads the WordPress and Ghost readers, once. */
export async function loadCmsFormats(): Promise<void> {
  if (READERS.ghost) return;
  useCmsFormats((await loadOnDemand('the WordPress and Ghost reader', () => import('./cms-formats.js'))).cmsReaders);
}

/**
 * Whether a read since the last call met a WordPress or Ghost body or item while their readers
 * were not installed. The loader then loads them and reads the feed again.
 */
export function takeMissedFormat(): boolean {
  const value = missedFormat;
  missedFormat = false;
  return value;
}

/** Whether `format` is WordPress or Ghost while their readers are not installed; noted for the loader. */
function later(format: unknown): boolean {
  const missing = (format === 'wordpress' || format === 'ghost') && !READERS[format];
  if (missing) missedFormat = true;
  return missing;
}

const formatError = (message: string) => new FeedError('format', message);

/**
 * Parses a body in any accepted format, as text or parsed JSON, into posts: the engine behind
 * `parseFeed` (parse-feed.ts, which also takes bytes), which the loader and the command line call
 * with the paging header once they have decoded the bytes (decode.ts; the loader reads plain UTF-8
 * itself, bytes.ts).
 */
export function parseSource(data: unknown, options: SourceOptions = {}): SourceFeed {
  takeUnresolved();
  const feed = readSource(data, options);
  return put(feed, 'unresolvedLinks', takeUnresolved() || undefined);
}

function readSource(data: unknown, options: SourceOptions): SourceFeed {
  const format = options.format ?? 'auto';
  const ctx = { base: httpUrl(options.baseUrl), totalPages: options.totalPages };
  let value = data;
  if (typeof value === 'string') {
    // trim also drops a byte order mark.
    const body = value.trim();
    if (!body) throw new FeedError('parse', 'The feed is empty: check the feed address.');
    if (body.includes('\0')) throw new FeedError('parse', 'The feed is binary data, not text: check the feed address.');
    if (body[0] === '<') {
      if (HTML_PAGE.test(body)) throw new FeedError('parse', 'Got a web page, not a feed: check the address.');
      if (!xmlFormats) {
        throw formatError('RSS and Atom are read by trade-widgets/feed, or by loadFeed, which loads their reader.');
      }
      const root = (xmlReader ?? xmlFormats.read)(body);
      if (!/^(auto|rss|atom)$/.test(format)) throw formatError(`The feed is XML, not ${format}.`);
      const feed = xmlFormats.parse(root, ctx);
      if (!feed) throw formatError(`<${root.localName}> is not an RSS or Atom feed.`);
      return feed;
    }
    try {
      value = JSON.parse(body);
    } catch (cause) {
      throw new FeedError('parse', 'The feed is neither JSON nor XML: check the feed address.', { cause });
    }
  }
  const detected = format === 'auto' ? detectJson(value) : format;
  if (detected === 'rss' || detected === 'atom') throw formatError(`The feed is JSON, not ${detected}.`);
  // A format name that is not a reader (even `constructor`) finds none and is a format error.
  // A reader still to be loaded: the loader loads it and reads the body again.
  if (later(detected)) return { posts: [], skipped: 0 };
  const feed = detected && READERS[detected as SourceFormat]?.[0]?.(value, ctx);
  if (!feed) {
    throw formatError(
      detected
        ? `Not in the ${String(detected)} format: check the format or use auto.`
        : 'Not a feed: expected JSON Feed, WordPress, Ghost or simple posts.',
    );
  }
  return feed;
}

/**
 * One post from a raw item in any accepted format (a normalized `Post` passes through validated
 * again), or undefined when it is not a valid post. A string is read as a whole feed (JSON or XML)
 * and its first post taken. Never throws.
 */
export function normalizePost(raw: unknown, options: ParseOptions = {}): Post | undefined {
  try {
    const format = options.format ?? 'auto';
    if (typeof raw === 'string') return feedOf(parseSource(raw, { format, baseUrl: options.baseUrl })).posts[0];
    if (!isObject(raw)) return undefined;
    const itemIn = format === 'auto' ? itemFormat(raw) : format;
    return later(itemIn) ? undefined : READERS[itemIn as SourceFormat]![1](raw, httpUrl(options.baseUrl));
  } catch {
    return undefined;
  }
}
