import '../feed/node.js';
import { FeedError, isFeedError } from '../feed/errors.js';
import { decodeBytes } from '../feed/decode.js';
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
 * Reads a feed URL (following its next pages until `limit` posts, as a WordPress blog serves ten per
 * page) or a file, through the same parsers the elements use; RSS and Atom through the Node XML reader.
 */
export async function readSource(source: string, options: ReadOptions): Promise<SourcePosts> {
  const result: SourcePosts = { posts: [], skipped: 0, unresolvedLinks: 0 };
  const seenIds = new Set<string>();
  const seenPages = new Set<string>();
  let next: string | undefined = source;
  for (let page = 0; next && page < MAX_PAGES && result.posts.length < options.limit; page++) {
    const url: string = next;
    seenPages.add(url);
    let feed;
    try {
      const body = isUrl(url)
        ? await fetchBytes(url, options.timeout, options.maxBytes)
        : await readFileBytes(url, options.maxBytes);
      try {
        feed = parseSource(decodeBytes(body.bytes, body.contentType), {
          format: options.format,
          // A file's links resolve against its own xml:base or channel link, else --home-page-url.
          baseUrl: body.url ?? options.homePageUrl,
          totalPages: body.totalPages,
        });
      } catch (error) {
        throw isUrl(url) ? error : aboutFile(error, url);
      }
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
