import { charsetOf } from './bytes.js';

export { charsetOf } from './bytes.js';

/** True when the bytes start like gzip data (1F 8B). */
export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Gzip-compressed bytes inflated with the platform's `DecompressionStream` (browsers and Node 18+). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Bytes to text as a feed reader does it, the same for files and responses, in browsers and Node:
 * the byte-order mark first, then the HTTP `charset`, then the XML declaration's `encoding`, else
 * UTF-8 (JSON's only encoding). Every encoding `TextDecoder` knows is read (ISO-8859-x,
 * windows-125x, KOI8-R, Shift_JIS, EUC-JP/KR, GB18030, Big5, UTF-16), and UTF-32, which it does not.
 * The loader reads plain UTF-8 itself (bytes.ts) and imports this module only for the rest.
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer, contentType?: string | null): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const [b0, b1, b2, b3] = bytes;
  // Byte-order marks, UTF-32 before UTF-16: FF FE 00 00 starts both.
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return utf32(bytes.subarray(4), false);
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return utf32(bytes.subarray(4), true);
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (b0 === 0xfe && b1 === 0xff) return decode('utf-16be', bytes.subarray(2));
  if (b0 === 0xff && b1 === 0xfe) return decode('utf-16le', bytes.subarray(2));
  // Without a mark, the first character `<`, `{` or `[` tells the width and order of the units.
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3) return utf32(bytes, false);
  if (b0 && b1 === 0 && b2 === 0 && b3 === 0) return utf32(bytes, true);
  if (b0 === 0 && b1) return decode('utf-16be', bytes);
  if (b0 && b1 === 0) return decode('utf-16le', bytes);
  let label = charsetOf(contentType) ?? declaredEncoding(bytes);
  // The first bytes are single-byte ASCII: a label claiming UTF-16 or UTF-32 is left from a conversion.
  if (label && /^(utf-?(16|32)|ucs-?[24]|unicode)/i.test(label)) label = undefined;
  return decode(label ?? 'utf-8', bytes, label === undefined);
}

/** The `encoding` of an XML declaration at the very start (`<?xml version="1.0" encoding="…"?>`). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  let head = '';
  // The declaration is ASCII in every ASCII-compatible encoding, and short.
  for (let i = 0; i < bytes.length && i < 200; i++) {
    head += String.fromCharCode(bytes[i]!);
    if (bytes[i] === 0x3e) break;
  }
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head);
  return match?.[1];
}

/**
 * Decodes with the named encoding. Text that claims nothing and is not valid UTF-8 is read as
 * windows-1252 (what such feeds nearly always are), so no character becomes `�`.
 */
function decode(label: string, bytes: Uint8Array, guessed = false): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // A label no browser knows: read it as if nothing were declared.
    return decode('utf-8', bytes, true);
  }
  if (decoder.encoding === 'windows-1252') return windows1252(decoder.decode(bytes));
  if (decoder.encoding !== 'utf-8') return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return guessed || !hasUtf8Sequence(bytes)
      ? windows1252(new TextDecoder('windows-1252').decode(bytes))
      : decoder.decode(bytes);
  }
}

/** What windows-1252 has at 0x80–0x9F (Node's decoder gives the C1 controls there instead). */
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

const windows1252 = (text: string) => text.replace(/[\x80-\x9f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b <= 0xf4 && (bytes[i + 1]! & 0xc0) === 0x80) return true;
  }
  return false;
}

/** UTF-32, which TextDecoder does not know; code points out of range become U+FFFD. */
function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    chunk.push(code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}
