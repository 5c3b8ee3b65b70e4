/**
 * A response's bytes as the loader first meets them: read at once when they are plain UTF-8 (nearly
 * every feed). Everything else — gzip files, byte-order marks, UTF-16 and UTF-32, legacy charsets,
 * text that is not valid UTF-8 — goes to decode.ts, which the loader imports only then.
 */

/** The `charset` parameter of a Content-Type header, or undefined. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1];
}

const UTF8 = /^utf-?8$/i;

/**
 * The bytes as text when they are UTF-8 with nothing claiming otherwise, else undefined. Whenever
 * it answers, the answer is what `decodeBytes` gives: no NUL among the first two bytes (UTF-16 and
 * UTF-32 without a mark), no `charset` but UTF-8's, and without one, no XML declaration of another
 * encoding; a UTF-8 byte-order mark is dropped, any other fails the strict decoding, and so does
 * gzip data (its second byte, 8B, cannot follow its first in UTF-8).
 */
export function utf8Text(bytes: Uint8Array, contentType?: string | null): string | undefined {
  const charset = charsetOf(contentType);
  if (bytes[0] === 0 || bytes[1] === 0 || (charset && !UTF8.test(charset))) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const declared = charset ? undefined : /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(text)?.[1];
  return declared && !UTF8.test(declared) ? undefined : text;
}
