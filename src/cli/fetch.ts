import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isGzip } from '../feed/decode.js';
import { FeedError } from '../feed/errors.js';
import { version } from '../version.js';

/** The bytes of a source and what came with them. */
export interface SourceBytes {
  bytes: Uint8Array;
  /** The final URL after redirects; undefined for a file. */
  url?: string;
  contentType?: string | null;
  totalPages?: number;
}

const ACCEPT =
  'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.8';

/** Text from a server or a file name, fit for a terminal: control characters shown as escapes. */
export const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c.charCodeAt(0) < 0x100
      ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
      : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const MiB = 1024 * 1024;
const sizeText = (bytes: number) =>
  bytes % MiB === 0 ? `${bytes / MiB} MiB` : bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} bytes`;

const tooLarge = (what: string, maxBytes: number) =>
  new FeedError('parse', `${what} is larger than ${sizeText(maxBytes)}: raise --max-bytes if it really is a feed.`);

/** Collects chunks up to `maxBytes`; past it, stops reading and throws. */
async function collect(chunks: AsyncIterable<Uint8Array>, maxBytes: number, what: string, stop: () => void) {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      stop();
      throw tooLarge(what, maxBytes);
    }
    parts.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

/** A gzip file inflated, never to more than `maxBytes`. */
function inflate(bytes: Uint8Array, maxBytes: number, what: string): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || cause instanceof RangeError) {
      throw tooLarge(`${what}, uncompressed,`, maxBytes);
    }
    throw new FeedError('parse', `${what} looks gzip-compressed but cannot be inflated.`, { cause });
  }
}

/** The most telling part of a fetch failure: undici hides the system error in `cause`. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return printable(cause?.code ?? cause?.message ?? (error as Error).message);
}

/** Fetches a URL as a stream, stopped at `maxBytes`. */
export async function fetchBytes(url: string, timeout: number, maxBytes: number): Promise<SourceBytes> {
  const shown = printable(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
  const timedOut = () => controller.signal.aborted;
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { Accept: ACCEPT, 'User-Agent': `trade-widgets/${version} (feed command)` },
        signal: controller.signal,
      });
    } catch (cause) {
      throw timedOut()
        ? new FeedError('timeout', `No answer from ${shown} in ${timeout / 1000} s: try again, or raise --timeout.`)
        : new FeedError('network', `Could not reach ${shown}: ${describe(cause)}.`, { cause });
    }
    if (!response.ok) {
      const status = response.status;
      await response.body?.cancel().catch(() => undefined);
      const text = printable(response.statusText).slice(0, 100);
      throw new FeedError(
        'http',
        `HTTP ${status}${text ? ` ${text}` : ''} from ${shown}: ${status < 500 ? 'check the address' : 'the server failed, try again later'}.`,
        { status },
      );
    }
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(`The response from ${shown}`, maxBytes);
    }
    let bytes: Uint8Array;
    try {
      bytes = response.body
        ? await collect(
            response.body as unknown as AsyncIterable<Uint8Array>,
            maxBytes,
            `The response from ${shown}`,
            () => controller.abort(),
          )
        : new Uint8Array();
    } catch (cause) {
      if (cause instanceof FeedError) throw cause;
      throw timedOut()
        ? new FeedError(
            'timeout',
            `${shown} stopped sending within ${timeout / 1000} s: try again, or raise --timeout.`,
          )
        : new FeedError('network', `The connection to ${shown} broke: ${describe(cause)}.`, { cause });
    }
    return {
      bytes: inflate(bytes, maxBytes, `The response from ${shown}`),
      url: response.url || url,
      contentType: response.headers.get('content-type'),
      totalPages: Number(response.headers.get('x-wp-totalpages')) || undefined,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a file as a stream, stopped at `maxBytes`; every failure is one sentence about the file. */
export async function readFileBytes(source: string, maxBytes: number): Promise<SourceBytes> {
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  const shown = printable(path);
  let bytes: Uint8Array;
  try {
    const file = await open(path, 'r');
    try {
      if ((await file.stat()).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      const stream = file.createReadStream({ autoClose: false, highWaterMark: 64 * 1024 });
      bytes = await collect(stream, maxBytes, `The file ${shown}`, () => stream.destroy());
    } finally {
      await file.close();
    }
  } catch (cause) {
    if (cause instanceof FeedError) throw cause;
    const code = (cause as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : printable((cause as Error).message);
    throw new FeedError('not-found', `Cannot read the file ${shown}: ${reason}.`, { cause });
  }
  bytes = inflate(bytes, maxBytes, `The file ${shown}`);
  if (!bytes.some((byte) => byte > 32)) throw new FeedError('parse', `The file ${shown} is empty.`);
  if (looksBinary(bytes)) {
    throw new FeedError('parse', `The file ${shown} holds binary data, not a feed: give an RSS, Atom or JSON file.`);
  }
  return { bytes };
}

/**
 * Control bytes (other than tab, newline, carriage return and form feed) in the first 1,024 bytes,
 * where a UTF-16 or UTF-32 text has its zero bytes only in a regular pattern.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  const wide =
    (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head[0] === 0 || head[1] === 0;
  if (wide) return false;
  return head.some((byte) => byte < 9 || (byte > 13 && byte < 32 && byte !== 27));
}
