// The "Check" button: fetches a feed exactly as a widget on a partner's page would (a plain GET,
// no credentials) and says what it found, or what stops it. Uses the library's own parser, so a
// feed that passes here is a feed the widgets read.
import { parseFeed } from '../../dist/feed/public.js';
import {
  FORMAT_NAMES,
  discoverFeeds,
  isWebPage,
  wordpressPostsUrl,
  wordpressRestFor,
} from '../../dist/feed/discover.js';

/** The headers a feed server adds so that pages on other sites may read it. */
export const CORS_HEADERS = [
  'Access-Control-Allow-Origin: *',
  'Access-Control-Allow-Headers: If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers: ETag, Last-Modified',
];

export const feedCommand = (url) => `npx trade-widgets feed ${url} --out feed.json`;

/** The format's name, from the body alone (the parser checks it properly). */
export function formatName(text) {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) {
    const root = /<(?![?!])([\w.-]+:)?([\w.-]+)([^>]*)>/.exec(body);
    const name = root?.[2]?.toLowerCase();
    const version = /\bversion\s*=\s*["']([^"']+)["']/.exec(root?.[3] ?? '')?.[1];
    if (name === 'rss') return version ? `RSS ${version}` : 'RSS';
    if (name === 'rdf') return 'RSS 1.0 (RDF)';
    if (name === 'feed') return version === '0.3' ? 'Atom 0.3' : 'Atom';
    if (name === 'html') return 'a web page (HTML)';
    return 'XML';
  }
  let data;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const itemName = (item) =>
    isObject(item.title) || 'date_gmt' in item
      ? 'WordPress'
      : 'content_html' in item || 'date_published' in item
        ? 'JSON Feed'
        : 'uuid' in item || 'feature_image' in item
          ? 'Ghost'
          : 'Simple JSON';
  if (Array.isArray(data)) {
    const item = data.find(isObject);
    return item ? itemName(item) : 'Simple JSON';
  }
  if (!isObject(data)) return undefined;
  const version = /^https?:\/\/jsonfeed\.org\/version\/([\d.]+)/.exec(String(data.version ?? ''))?.[1];
  if (version) return `JSON Feed ${version}`;
  if (Array.isArray(data.posts)) {
    const item = data.posts.find(isObject);
    return isObject(data.meta) || (item && itemName(item) === 'Ghost') ? 'Ghost' : 'Simple JSON';
  }
  return undefined;
}

/** The text of a body, in the encoding the HTTP header or the XML declaration names. */
function decode(bytes, contentType) {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 200));
  const label =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /^(?:\uFEFF)?<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * A page enforcing Trusted Types (this one does, like partner pages with a strict policy) may not
 * hand XML to DOMParser. Then the items are counted from the text: enough to say what is there.
 */
function scanXml(text) {
  const items = text.match(/<(?:\w+:)?(?:item|entry)[\s>]/g) ?? [];
  const dates = [...text.matchAll(/<(?:\w+:)?(?:pubDate|date|published|updated|issued)>([^<]+)</g)]
    .map((m) => Date.parse(m[1].trim()))
    .filter((t) => Number.isFinite(t));
  return {
    count: items.length,
    skipped: 0,
    newest: dates.length ? new Date(Math.max(...dates)).toISOString() : undefined,
  };
}

const newestOf = (posts) =>
  posts
    .map((p) => p.datePublished ?? p.dateModified)
    .filter((d) => d && Number.isFinite(Date.parse(d)))
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];

/**
 * Where a WordPress site's REST API would be, for an address that cannot be read from other sites:
 * its RSS feed's (`/feed/`), or a home page's (`https://broker.example.com/`, `/blog/`, or the site's root).
 */
function restGuesses(url) {
  const rest = wordpressRestFor(url.href);
  if (rest) return [rest];
  if (!url.pathname.endsWith('/') || url.search) return [];
  return [...new Set([new URL('wp-json/', url).href, new URL('/wp-json/', url).href])].map(wordpressPostsUrl);
}

/**
 * Checks the feeds a web page announces, best first (JSON Feed, WordPress's REST API, Atom, RSS),
 * and resolves with the first that works, or the first one's problem, marked `announcedBy` the page.
 */
async function checkAnnounced(text, pageAddress, options) {
  const { feeds } = discoverFeeds(text, pageAddress);
  if (!feeds.length) {
    return {
      ok: false,
      problem: 'not-a-feed',
      url: pageAddress,
      message:
        'Not a feed: the address returned a web page that announces no feed (no <link rel="alternate"> of type RSS, Atom or JSON Feed, and no WordPress REST API).',
    };
  }
  let first;
  for (const feed of feeds.slice(0, 3)) {
    const result = { ...(await checkFeed(feed.url, { ...options, discovering: true })), announcedBy: pageAddress };
    result.announced = FORMAT_NAMES[feed.format];
    if (result.ok) return result;
    first ??= result;
  }
  return first;
}

/**
 * Checks a feed URL. Resolves (never rejects) with either
 * `{ ok: true, format, count, skipped, newest, title, posts, cors: { crossOrigin, allowOrigin }, url }` or
 * `{ ok: false, problem, message, status? }`, where `problem` is one of
 * `address`, `mixed-content`, `cors`, `network`, `http`, `not-a-feed`. Given a web page it can read,
 * it checks the feed the page announces (`announcedBy` is the page, `announced` the feed's kind);
 * given a WordPress address no other site can read, it proposes the site's REST API (`rest`), which
 * can be.
 */
export async function checkFeed(input, { pageUrl = location.href, fetcher = fetch, discovering = false } = {}) {
  let url;
  try {
    url = new URL(input.trim(), pageUrl);
  } catch {
    return { ok: false, problem: 'address', message: `"${input}" is not a web address.` };
  }
  if (!/^https?:$/.test(url.protocol) || !input.trim()) {
    return {
      ok: false,
      problem: 'address',
      message: 'Enter the address of the feed, starting with https://',
    };
  }
  const page = new URL(pageUrl);
  const crossOrigin = url.origin !== page.origin;
  if (page.protocol === 'https:' && url.protocol === 'http:') {
    return {
      ok: false,
      problem: 'mixed-content',
      url: url.href,
      message: 'Browsers block an http:// feed on an https:// page: use the https:// address of the feed.',
    };
  }

  let response;
  try {
    response = await fetcher(url.href, { cache: 'no-store' });
  } catch {
    if (crossOrigin) {
      // A CORS failure and an unreachable server look the same to a page; a no-cors request
      // tells them apart: it succeeds (unreadable) when the server answered at all.
      let answered = false;
      try {
        await fetcher(url.href, { mode: 'no-cors', cache: 'no-store' });
        answered = true;
      } catch {
        // Not reachable at all.
      }
      if (answered) {
        const result = {
          ok: false,
          problem: 'cors',
          url: url.href,
          message: `${url.host} answered, but sends no CORS headers (Access-Control-Allow-Origin), so browsers do not let pages on other sites read the feed.`,
        };
        // WordPress sends none with its RSS, but does with its REST API.
        for (const rest of discovering ? [] : restGuesses(url)) {
          const check = await checkFeed(rest, { pageUrl, fetcher, discovering: true });
          if (!check.ok || check.format !== 'WordPress') continue;
          result.rest = { url: rest, count: check.count };
          break;
        }
        return result;
      }
    }
    return {
      ok: false,
      problem: 'network',
      url: url.href,
      message: `Could not reach ${url.host}: check the address, or whether the server is up.`,
    };
  }

  if (!response.ok) {
    const hint =
      response.status === 404 || response.status === 410
        ? 'there is no feed at this address'
        : response.status === 401 || response.status === 403
          ? 'the server refuses to give the feed to visitors (a login, or a firewall)'
          : response.status >= 500
            ? 'the server failed; try again later'
            : 'check the address';
    return {
      ok: false,
      problem: 'http',
      status: response.status,
      url: url.href,
      message: `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: ${hint}.`,
    };
  }

  const contentType = response.headers.get('content-type') ?? '';
  const text = decode(new Uint8Array(await response.arrayBuffer()), contentType);
  // The blog's address rather than its feed: the page says where its feed is.
  if (!discovering && isWebPage(text)) return checkAnnounced(text, response.url || url.href, { pageUrl, fetcher });
  const format = formatName(text);
  // Read from another site, the feed plainly allows other sites. A same-origin response shows every
  // header: whether partner sites could read it too is its Access-Control-Allow-Origin.
  const cors = {
    crossOrigin,
    allowOrigin: crossOrigin ? undefined : response.headers.get('access-control-allow-origin'),
  };
  try {
    const feed = parseFeed(text, { baseUrl: response.url || url.href });
    return {
      ok: true,
      url: url.href,
      format: format ?? 'Feed',
      count: feed.posts.length,
      skipped: feed.skipped,
      newest: newestOf(feed.posts),
      title: feed.title,
      posts: feed.posts,
      cors,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (format && /^(RSS|Atom)/.test(format) && /Trusted Types|DOMParser/.test(message)) {
      const scan = scanXml(text);
      return { ok: true, url: url.href, format, ...scan, posts: [], cors, scanned: true };
    }
    const what = /text\/html/i.test(contentType) || format === 'a web page (HTML)' ? 'a web page' : 'something else';
    return {
      ok: false,
      problem: 'not-a-feed',
      url: url.href,
      message: `Not a feed: the address returned ${what} (${contentType || 'no Content-Type'}). ${message}`,
    };
  }
}
