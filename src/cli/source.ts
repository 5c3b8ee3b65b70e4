import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FeedError, isFeedError } from '../feed/errors.js';
import { parseSource } from '../feed/parse.js';
import type { FeedFormat, Post } from '../feed/post.js';
import { version } from '../version.js';
import { readXmlWithNode } from './xml.js';

/** Everything read from the source, across its pages. */
export interface SourcePosts {
  posts: Post[];
  skipped: number;
  title?: string;
  homePageUrl?: string;
}

export interface ReadOptions {
  format: FeedFormat;
  /** Stop following next pages once this many posts were read. */
  limit: number;
  timeout: number;
  /** Base for relative links in a file, which has no URL of its own. */
  baseUrl?: string;
}

/** A source cannot page on forever, whatever its next links say. */
const MAX_PAGES = 20;

const ACCEPT =
  'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.8';

async function fetchText(url: string, timeout: number): Promise<{ text: string; url: string; totalPages?: number }> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: ACCEPT, 'User-Agent': `trade-widgets/${version} (feed command)` },
      signal: AbortSignal.timeout(timeout),
    });
  } catch (cause) {
    throw (cause as Error).name === 'TimeoutError'
      ? new FeedError('timeout', `No answer from ${url} in ${timeout / 1000} s: try again, or raise --timeout.`)
      : new FeedError('network', `Could not reach ${url}: ${describe(cause)}.`, { cause });
  }
  if (!response.ok) {
    const status = response.status;
    throw new FeedError(
      'http',
      `HTTP ${status} ${response.statusText} from ${url}: ${status < 500 ? 'check the address' : 'the server failed, try again later'}.`,
      { status },
    );
  }
  try {
    const totalPages = Number(response.headers.get('x-wp-totalpages')) || undefined;
    return { text: await response.text(), url: response.url || url, totalPages };
  } catch (cause) {
    throw (cause as Error).name === 'TimeoutError'
      ? new FeedError('timeout', `${url} stopped sending within ${timeout / 1000} s: try again, or raise --timeout.`)
      : new FeedError('network', `The connection to ${url} broke: ${describe(cause)}.`, { cause });
  }
}

/** The most telling part of a fetch failure: undici hides the system error in `cause`. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

async function readFileSource(source: string): Promise<string> {
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (cause as Error).message;
    throw new FeedError('not-found', `Cannot read ${path}: ${reason}.`, { cause });
  }
}

/**
 * Reads a feed URL (following its next pages until `limit` posts, as a WordPress blog serves ten per
 * page) or a file, through the same parsers the elements use; RSS and Atom through fast-xml-parser.
 */
export async function readSource(source: string, options: ReadOptions): Promise<SourcePosts> {
  const result: SourcePosts = { posts: [], skipped: 0 };
  const seenIds = new Set<string>();
  const seenPages = new Set<string>();
  let next: string | undefined = source;
  for (let page = 0; next && page < MAX_PAGES && result.posts.length < options.limit; page++) {
    const url: string = next;
    seenPages.add(url);
    let feed;
    try {
      const body = isUrl(url)
        ? await fetchText(url, options.timeout)
        : { text: await readFileSource(url), url: options.baseUrl, totalPages: undefined };
      feed = parseSource(body.text, {
        format: options.format,
        baseUrl: body.url,
        totalPages: body.totalPages,
        readXml: readXmlWithNode,
      });
    } catch (error) {
      if (!page || !isFeedError(error)) throw error;
      // A broken next page fails the run too: the file is all or nothing. Say how to skip it.
      throw new FeedError(
        error.kind,
        `Page ${page + 1} of the source failed (${error.message.replace(/\.$/, '')}); --limit ${result.posts.length} reads only the pages before it.`,
        { status: error.status, cause: error },
      );
    }
    if (page === 0) {
      result.title = feed.title;
      result.homePageUrl = feed.homePageUrl;
      if (!feed.posts.length && feed.skipped) {
        throw new FeedError('format', `None of the ${feed.skipped} items in ${url} is a post with an id and a title.`);
      }
    }
    for (const post of feed.posts) {
      if (seenIds.has(post.id)) result.skipped++;
      else result.posts.push(post);
      seenIds.add(post.id);
    }
    result.skipped += feed.skipped;
    // A file's next page is not followed: the command reads what it was given.
    next = isUrl(url) && feed.nextUrl && !seenPages.has(feed.nextUrl) ? feed.nextUrl : undefined;
  }
  return result;
}
