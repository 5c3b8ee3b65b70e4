/**
 * A response's bytes as the loader first meets them: inflated when they are a gzip file, and read
 * at once when they are plain UTF-8 (nearly every feed). Everything else — byte-order marks,
 * UTF-16 and UTF-32, legacy charsets, text that is not valid UTF-8 — goes to decode.ts, which the
 * loader imports only then.
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
 * encoding; a UTF-8 byte-order mark is dropped, any other fails the strict decoding.
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

/** True when the bytes start like gzip data (1F 8B). */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Gzip-compressed bytes inflated with the platform's `DecompressionStream` (browsers and Node 18+). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
