import { parseArgs } from 'node:util';
import type { FeedFormat } from '../feed/post.js';

/** What `trade-widgets feed` was asked to do. */
export interface FeedCommand {
  source: string;
  out: string;
  format: FeedFormat;
  limit: number;
  /** Items per file; undefined writes one file. */
  pageSize?: number;
  feedUrl?: string;
  homePageUrl?: string;
  title?: string;
  /** Milliseconds per request. */
  timeout: number;
  /** Most bytes read from any one source (default 32 MiB). */
  maxBytes: number;
  /** Write a feed without posts instead of failing. */
  allowEmpty: boolean;
  /** The broker's social profiles (`--profile`, repeated) for the feed's `_trade.profiles`. */
  profiles?: string[];
}

export type Parsed = { help: true } | { version: true } | { command: FeedCommand };

/** A mistake in how the command was called: exit code 2 and a pointer to `--help`. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FORMATS: readonly FeedFormat[] = ['auto', 'json-feed', 'wordpress', 'ghost', 'rss', 'atom', 'simple'];

export const HELP = `Usage: trade-widgets feed <url-or-file> --out feed.json [options]

Turns a blog's feed (RSS, Atom, JSON Feed, WordPress, Ghost or the simple format) into a static
JSON Feed 1.1 file, newest first, that trade-widgets can load from any site. Host the file with
the header Access-Control-Allow-Origin: * and point <trade-news-feed src> at it. Given the blog's
address instead of its feed, it reads the feed the page announces (JSON Feed, WordPress REST API,
Atom, then RSS) and says which on stderr.

Options:
  --out <file>             where to write the feed (required); pages go beside it
  --format <format>        auto (default), json-feed, wordpress, ghost, rss, atom or simple
  --limit <n>              most posts to write (default 50); further source pages are fetched until then
  --page-size <n>          posts per file: feed.json, feed-2.json, … linked by next_url (default: one file)
  --feed-url <url>         the public URL of the written feed, for feed_url and absolute next_url links
  --home-page-url <url>    the blog's address, for home_page_url (default: from the source); also the base
                           of relative links in a file that has none of its own
  --title <text>           the feed title (default: from the source)
  --profile <url>          a social profile of the blog (X, LinkedIn, Facebook, YouTube, Instagram or any
                           http(s) page) for the widgets' "Follow" row; repeat for each (default: the
                           source's own, when it is a JSON Feed that lists them)
  --timeout <ms>           per request (default 30000)
  --max-bytes <n>          most bytes read from the source, file or URL (default 32M; K, M and G suffixes)
  --allow-empty            write the feed even when the source has no posts (otherwise that fails)
  -h, --help               show this help
  -v, --version            show the version

The output is replaced only when everything succeeded: when the source fails or has no posts, an
existing file is left exactly as it was, the reason goes to stderr in one line and the exit code is
1 (2 for a mistake in the command itself). --out must be a regular file or not exist yet.

Example (run it on a schedule, e.g. hourly from cron or a CI workflow):
  npx trade-widgets feed https://www.example.com/blog-feed.xml --out public/feed.json \\
    --feed-url https://www.example.com/feed.json --page-size 20`;

function positiveInteger(name: string, value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--${name} must be a whole number of at least 1.`);
  return Number(value);
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A byte count: `5000000`, `512K`, `32M`, `1G` (binary units; `MiB`, `MB` read the same). */
function byteCount(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const match = /^(\d+)\s*([kmg]?)(i?b)?$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * UNITS[match[2]!.toLowerCase()]! : 0;
  if (!(bytes >= 1) || !Number.isSafeInteger(bytes)) {
    throw new UsageError(`--max-bytes must be a number of bytes such as 1000000 or 32M, got "${value}".`);
  }
  return bytes;
}

function httpUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // Reported below.
  }
  throw new UsageError(`--${name} must be an http(s) URL, got "${value}".`);
}

/** Reads the arguments after `trade-widgets`; throws {@link UsageError} with a reason a person can act on. */
export function parseCommand(argv: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        limit: { type: 'string' },
        'page-size': { type: 'string' },
        'feed-url': { type: 'string' },
        'home-page-url': { type: 'string' },
        title: { type: 'string' },
        profile: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        'allow-empty': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.version) return { version: true };
  const [command, source, ...extra] = positionals;
  if (!command) throw new UsageError('Name a command: trade-widgets feed <url-or-file> --out feed.json.');
  if (command !== 'feed') throw new UsageError(`Unknown command "${command}": the command is "feed".`);
  if (!source) throw new UsageError('Name the source: a feed URL or a file.');
  if (extra.length) throw new UsageError(`One source only; also got "${extra.join(' ')}".`);
  if (!values.out) throw new UsageError('--out is required: where to write the feed, e.g. --out feed.json.');
  const format = (values.format ?? 'auto') as FeedFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  const profiles = values.profile?.map((url) => httpUrl('profile', url)!);
  const title = values.title?.trim();
  if (values.title !== undefined && !title) throw new UsageError('--title must not be empty.');
  return {
    command: {
      source,
      out: values.out,
      format,
      limit: positiveInteger('limit', values.limit, 50)!,
      pageSize: positiveInteger('page-size', values['page-size']),
      feedUrl: httpUrl('feed-url', values['feed-url']),
      homePageUrl: httpUrl('home-page-url', values['home-page-url']),
      title,
      timeout: positiveInteger('timeout', values.timeout, 30_000)!,
      maxBytes: byteCount(values['max-bytes'], 32 * 1024 * 1024),
      allowEmpty: values['allow-empty'] ?? false,
      ...(profiles && { profiles: [...new Set(profiles)] }),
    },
  };
}
