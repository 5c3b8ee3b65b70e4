import '../feed/node.js';
import { FeedError, isFeedError } from '../feed/errors.js';
import { decodeBytes } from '../feed/decode.js';
import { FORMAT_NAMES, discoverFeeds, isWebPage, type AnnouncedFeed, type PageFeeds } from '../feed/discover.js';
import { parseSource } from '../feed/parse.js';
import type { FeedFormat, Post } from '../feed/post.js';
import { fetchBytes, printable, readFileBytes } from './fetch.js';

/** Everything read from the source, across its pages. */
export interface SourcePosts {
  posts: Post[];
  skipped: number;
  /** Relative links dropped because nothing gave them an absolute base. */
  unresolvedLinks: number;
  title?: string;
  homePageUrl?: string;
  /** The source's own social profiles (a JSON Feed's `_trade.profiles`). */
  profiles?: string[];
}

export interface ReadOptions {
  format: FeedFormat;
  /** Stop following next pages once this many posts were read. */
  limit: number;
  timeout: number;
  /** Most bytes read from any one source, file or URL. */
  maxBytes: number;
  /** Base for relative links in a file that has no absolute base of its own (`--home-page-url`). */
  homePageUrl?: string;
  /** Told which feed a web page announces, when the source is a page rather than a feed. */
  note?: (line: string) => void;
}

/** A source cannot page on forever, whatever its next links say. */
const MAX_PAGES = 20;

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** A file's failure talks about the file: "The feed is empty: check the feed address." becomes "The file x is empty." */
function aboutFile(error: unknown, path: string): unknown {
  if (!isFeedError(error) || !error.message.startsWith('The feed ')) return error;
  const message = error.message
    .replace(/^The feed /, `The file ${printable(path)} `)
    .replace(/: check the feed address\.$/, '.');
  return new FeedError(error.kind, message, { status: error.status, cause: error });
}

/**
 * The feeds a web page announces (see discover.ts), best first, of the format asked for when there
 * is one, and the site's name; a page that announces none fails in one sentence.
 */
function announcedFeeds(html: string, page: string, base: string | undefined, format: FeedFormat): PageFeeds {
  const announced = discoverFeeds(html, base);
  const feeds = announced.feeds.filter((feed) => format === 'auto' || feed.format === format);
  if (feeds.length) return { ...announced, feeds };
  const what = format === 'auto' ? 'no feed' : `no ${format} feed`;
  throw new FeedError(
    'format',
    `${printable(page)} is a web page that announces ${what} (no <link rel="alternate"> of type RSS, Atom or JSON Feed${format === 'auto' ? ', nor a WordPress REST API' : ''}${base ? '' : ' with an absolute address'}): give the feed's own address.`,
  );
}

/**
 * Reads a feed URL (following its next pages until `limit` posts, as a WordPress blog serves ten per
 * page) or a file, through the same parsers the elements use; RSS and Atom through the Node XML reader.
 * Given a web page (a blog's home page), it reads the feed the page announces instead, once.
 */
export async function readSource(source: string, options: ReadOptions): Promise<SourcePosts> {
  const result: SourcePosts = { posts: [], skipped: 0, unresolvedLinks: 0 };
  const seenIds = new Set<string>();
  const seenPages = new Set<string>();
  let next: string | undefined = source;
  /** The web page the source turned out to be, its site's name, and the other feeds it announces. */
  let announcedBy: { url?: string; siteName?: string } | undefined;
  let others: AnnouncedFeed[] = [];
  for (let page = 0; next && page < MAX_PAGES && result.posts.length < options.limit; page++) {
    const url: string = next;
    seenPages.add(url);
    let feed;
    try {
      const body = isUrl(url)
        ? await fetchBytes(url, options.timeout, options.maxBytes)
        : await readFileBytes(url, options.maxBytes);
      const text = decodeBytes(body.bytes, body.contentType);
      if (page === 0 && !announcedBy && isWebPage(text)) {
        const base = body.url ?? options.homePageUrl;
        const { feeds, siteName } = announcedFeeds(text, url, base, options.format);
        const [first, ...rest] = feeds;
        options.note?.(`${url} is a web page; reading the ${FORMAT_NAMES[first!.format]} it announces: ${first!.url}`);
        announcedBy = { url: base, siteName };
        others = rest;
        next = first!.url;
        page--;
        continue;
      }
      try {
        feed = parseSource(text, {
          format: options.format,
          // A file's links resolve against its own xml:base or channel link, else --home-page-url.
          baseUrl: body.url ?? options.homePageUrl,
          totalPages: body.totalPages,
        });
      } catch (error) {
        throw isUrl(url) ? error : aboutFile(error, url);
      }
    } catch (error) {
      const other = !page && isFeedError(error) ? others.shift() : undefined;
      if (other) {
        // A WordPress site may close its REST API to visitors: its RSS feed still serves them.
        options.note?.(
          `${error instanceof Error ? error.message.replace(/\.$/, '') : error}; reading the ${FORMAT_NAMES[other.format]} the page also announces: ${other.url}`,
        );
        next = other.url;
        page--;
        continue;
      }
      if (!page || !isFeedError(error)) throw error;
      // A broken next page fails the run too: the file is all or nothing. Say how to skip it.
      throw new FeedError(
        error.kind,
        `Page ${page + 1} of the source failed (${error.message.replace(/\.$/, '')}); --limit ${result.posts.length} reads only the pages before it.`,
        { status: error.status, cause: error },
      );
    }
    if (page === 0) {
      // WordPress's REST API names neither its site nor its home page: the page that announced it does.
      result.title = feed.title ?? announcedBy?.siteName;
      result.homePageUrl = feed.homePageUrl ?? announcedBy?.url;
      result.profiles = feed.profiles;
      if (!feed.posts.length && feed.skipped) {
        throw new FeedError(
          'format',
          `None of the ${feed.skipped} items in the source is a post with something to show.`,
        );
      }
    }
    for (const post of feed.posts) {
      if (seenIds.has(post.id)) result.skipped++;
      else result.posts.push(post);
      seenIds.add(post.id);
    }
    result.skipped += feed.skipped;
    result.unresolvedLinks += feed.unresolvedLinks ?? 0;
    // A file's next page is not followed: the command reads what it was given.
    next = isUrl(url) && feed.nextUrl && !seenPages.has(feed.nextUrl) ? feed.nextUrl : undefined;
  }
  return result;
}
