import { htmlText } from './html.js';

/**
 * The Latin-1 references, in code point order from U+00A0: the ones HTML also reads without `;`,
 * and nearly every accented letter a feed in a Western language writes.
 */
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/**
 * The small built-in table: Latin-1, XML's five and the punctuation blog systems write (WordPress
 * ends its excerpts with `[&hellip;]`). Every other name loads the full table (see
 * {@link loadEntities}).
 */
const COMMON = new Map<string, string>(LATIN1.map((name, i) => [name, String.fromCharCode(0xa0 + i)]));
const OTHERS =
  'amp & AMP & lt < LT < gt > GT > quot " QUOT " apos \' COPY © REG ® hellip … ndash – mdash — lsquo ‘ rsquo ’ ' +
  'ldquo “ rdquo ” bull • trade ™ euro € rarr →';
const pairs = OTHERS.split(' ');
for (let i = 0; i < pairs.length; i += 2) COMMON.set(pairs[i]!, pairs[i + 1]!);

/** Names HTML also reads without the `;` (`&copy 2024`): Latin-1 and the uppercase XML ones. */
const LEGACY = new Set([...LATIN1, 'amp', 'AMP', 'lt', 'LT', 'gt', 'GT', 'quot', 'QUOT', 'COPY', 'REG']);

/** Every HTML reference, once loaded (see {@link loadEntities}); the built-in table until then. */
let full: Map<string, string> | undefined;
/** Set when a reference not in the built-in table was met before the full table was loaded. */
let missed = false;

/** Installs the full table (the Node entry does at import; browsers load it on demand). */
export function useEntityTable(table: Map<string, string>): void {
  full = table;
}

/** Loads the full table of HTML references, once. */
export async function loadEntities(): Promise<void> {
  if (!full) useEntityTable((await import('./entities.js')).entityTable());
}

/**
 * Whether text read since the last call met a reference only the full table knows while it was
 * not loaded. The loader then loads it and reads the feed again.
 */
export function takeMissedEntity(): boolean {
  const value = missed;
  missed = false;
  return value;
}

/** `&name;`, `&name` (legacy), `&#123;`, `&#x7b;`, with a bounded name so a scan stays linear. */
const ENTITY = /&(?:#(\d{1,8});?|#[xX]([\da-fA-F]{1,7});?|([a-zA-Z][a-zA-Z\d]{0,31})(;?))/g;

/** What windows-1252 has at 0x80–0x9F: how HTML reads a numeric reference there (`&#146;` is ’). */
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** C1 controls (U+0080–U+009F) read as the windows-1252 characters they stand for, as browsers read them. */
export const windows1252 = (value: string): string => value.replace(/[\x80-\x9f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);

function decodeEntity(match: string, dec?: string, hex?: string, name?: string, semi?: string): string {
  if (name) {
    const value = COMMON.get(name) ?? full?.get(name);
    if (value !== undefined && (semi || LEGACY.has(name))) return value;
    if (semi && !full) missed = true;
    // `&copyright` reads as `©right`: the longest legacy name at the start counts.
    for (let length = Math.min(name.length - 1, 6); length > 1; length--) {
      const legacy = name.slice(0, length);
      if (LEGACY.has(legacy)) return COMMON.get(legacy)! + name.slice(length) + (semi || '');
    }
    return match;
  }
  const code = dec ? +dec : parseInt(hex!, 16);
  if (code >= 0x80 && code < 0xa0) return C1[code - 0x80]!;
  return code === 0 || code >= 0x110000 || (code >= 0xd800 && code < 0xe000) ? '\ufffd' : String.fromCodePoint(code);
}

/**
 * Numeric and named HTML character references decoded (the full HTML list once loaded); unknown
 * names stay as written.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  // The references that cannot make a new `&` first, with the platform's fast replace: the pass
  // after them reads the text as one pass would (`&amp;lt;` still becomes the text `&lt;`).
  const common = value
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&nbsp;', '\u00a0');
  return common.includes('&') ? common.replace(ENTITY, decodeEntity) : common;
}

/**
 * Longest title, name or tag read, in characters: longer text is no title, and reading only this
 * much keeps a hostile feed from costing anything.
 */
export const MAX_TEXT = 2000;

/** A reference that is still there after decoding: the text was escaped twice. */
const LEFT_OVER = /&(?:#\d{1,8}|#[xX][\da-fA-F]{1,7}|[a-zA-Z][a-zA-Z\d]{1,31});/;

/**
 * A title or a name decoded, also when it was escaped twice (`&amp;eacute;` in the source, as some
 * systems write): a reference left after one pass is decoded once more.
 */
export function decodeTwice(value: string): string {
  const once = decodeEntities(value);
  return once !== value && LEFT_OVER.test(once) ? decodeEntities(once) : once;
}

/** Whitespace collapsed and trimmed. */
const collapse = (value: string) => value.replace(/\s\s+|[^\S ]/g, ' ').trim();

/**
 * Whitespace collapsed and trimmed, C1 controls read as windows-1252; undefined when nothing is left
 * or the value is not a string.
 */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? collapse(windows1252(value)) || undefined : undefined;

/**
 * A text field (not HTML) with its entities decoded: plenty of feeds encode `&` in titles that are
 * meant as plain text. Tags are left alone: in plain text `<table>` is just a word. A value that is
 * not a string comes back as it is, for the validation to refuse; only the first {@link MAX_TEXT}
 * characters are read.
 */
export const decoded = (value: unknown): unknown =>
  typeof value === 'string' ? decodeTwice(value.slice(0, MAX_TEXT)) : value;

/**
 * Plain text from HTML without a DOM, in linear time: tags stripped (with the content of `script`,
 * `style`, `svg` and the like, and comments), then entities decoded, twice-escaped ones too (so
 * `&lt;b&gt;` stays the text "<b>" and is never markup), whitespace collapsed. `limit` stops reading after that much text.
 */
export const plainText = (html: string, limit?: number): string => collapse(decodeTwice(htmlText(html, limit)));

/**
 * The read-more marker a platform ends a summary with, and what follows it ("Continue reading
 * “Title”", "Read more »", "Continue reading on Medium »"), after a sentence, a block or an
 * ellipsis (which goes too); or WordPress's `[…]` (`[&hellip;]`, `[&#8230;]`, `[...]`).
 */
const MORE =
  /(?:(^|[\n.!?»)\]"”’])\s*|\s*(?:…|\.\.\.)\s*)(?:continue reading|keep reading|read more|read the rest)\b.{0,200}$|\s*\[\s*(?:…|\.\.\.)\s*\]\s*$/is;

/** A summary without the read-more marker it ends with (see {@link MORE}): it ends with the article's own words. */
export const withoutMore = (value: string): string => value.replace(MORE, '$1');

/** `value` cut to at most `max` characters on a word boundary, with "…" when anything was cut. */
export function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const space = value.lastIndexOf(' ', max);
  const head = value.slice(0, space > max / 2 ? space : max);
  return head.replace(/[\s,;:–—-]+$/, '') + '…';
}

/** How much text a summary keeps; the elements shorten it further to their `excerpt-length`. */
const SUMMARY_LENGTH = 300;

/**
 * A plain-text summary of a body: its text (markup, scripts, styles, inline SVG and comments
 * skipped) without the read-more marker it ends with, cut on a word boundary. Only the start of a
 * long body is read (its end, and any marker there, is cut anyway).
 */
export function excerpt(html: string): string | undefined {
  const read = htmlText(html, SUMMARY_LENGTH * 2);
  const words = decodeTwice(read);
  return cut(collapse(read.length < SUMMARY_LENGTH * 2 ? withoutMore(words) : words), SUMMARY_LENGTH) || undefined;
}

/** How long a title made from an untitled item's text may be. */
const TITLE_LENGTH = 80;

/**
 * A title for an item that has none (microblog posts): the first sentence of its text, cut at about
 * 80 characters on a word boundary with "…".
 */
export function titleFromText(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const sentence = /^.+?[.!?…](?=\s|$)/.exec(value.slice(0, TITLE_LENGTH * 2))?.[0] ?? value;
  return cut(sentence.replace(/(\w)\.$/, '$1'), TITLE_LENGTH) || undefined;
}

/** Plain text as HTML, one paragraph per blank-line-separated block. */
export const textToHtml = (value: string): string =>
  '<p>' +
  value
    .trim()
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/\n\s*\n\s*/g, '</p><p>') +
  '</p>';
