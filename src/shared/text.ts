/**
 * Plain-text helpers shared by `<trade-post>` and `<trade-news-feed>`: excerpts, reading time and
 * the plain text of untrusted HTML. None of them touches the DOM, so they stay usable under
 * enforced Trusted Types (where parsing a string as HTML needs a policy) and cost nothing to load.
 */

const ELLIPSIS = '…';

/** Collapses runs of whitespace (newlines, tabs, non-breaking spaces) into single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `text` shortened to at most `max` characters, cut at the last word boundary and ended with "…".
 * Text that already fits is returned whole (whitespace collapsed). When the first word alone is
 * longer than `max` (a URL, or a language written without spaces) the cut falls mid-word rather
 * than leaving nothing. Characters are counted as code points, so an emoji is never split.
 */
export function excerpt(text: string, max: number): string {
  const clean = collapseWhitespace(text);
  const limit = Math.floor(max);
  if (!Number.isFinite(limit) || limit <= 0) return '';
  const chars = Array.from(clean);
  if (chars.length <= limit) return clean;

  let cut = chars.slice(0, limit).join('');
  const nextIsSpace = chars[limit] === ' ';
  if (!nextIsSpace) {
    const lastSpace = cut.lastIndexOf(' ');
    if (lastSpace > 0) cut = cut.slice(0, lastSpace);
  }
  // Trailing punctuation before an ellipsis reads as a typo ("duties,…").
  cut = cut.replace(/[\s,;:.!?\-–—([{'"“‘]+$/u, '');
  return (cut || chars.slice(0, limit).join('')) + ELLIPSIS;
}

/** Words per minute of an average adult reading non-fiction on a screen. */
const WORDS_PER_MINUTE = 200;
/** Characters per minute for scripts written without spaces between words. */
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Whole minutes needed to read `text` (at least 1), or 0 for text with no words. Chinese,
 * Japanese and Korean characters are counted by character, other text by word.
 */
export function readingTime(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  if (!cjk && !words) return 0;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ' +
  'ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
  'uuml yacute thorn yuml';

/** The named entities a blog post realistically contains: Latin-1 plus typographic punctuation. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  trade: '™',
  euro: '€',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
  prime: '′',
  Prime: '″',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Yuml: 'Ÿ',
  circ: 'ˆ',
  tilde: '˜',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  minus: '−',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
};
LATIN1.split(' ').forEach((name, index) => (NAMED[name] = String.fromCodePoint(160 + index)));

/** Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,31}));?/g,
    (match, dec, hex, name) => {
      if (name !== undefined)
        return Object.prototype.hasOwnProperty.call(NAMED, name) ? (NAMED[name] as string) : match;
      const code = dec !== undefined ? Number.parseInt(dec as string, 10) : Number.parseInt(hex as string, 16);
      // Like the HTML parser: NUL, surrogates and out-of-range values become U+FFFD.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    },
  );
}

const DROPPED_WITH_CONTENT =
  /<(script|style|template|noscript|iframe|object|svg|math|textarea|select|title|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_BOUNDARY =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|blockquote|pre|figure|figcaption|section|article|header|footer)\b[^>]*>/gi;
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

/**
 * The readable text of an HTML fragment, for excerpts and reading time: script and style contents
 * dropped, block boundaries turned into spaces, remaining tags removed, entities decoded. The
 * result is only ever rendered as text, so an odd construct costs at most a stray character, never
 * markup; that is why a string scan is enough and no parser (a Trusted Types sink) is involved.
 */
export function htmlToText(html: string): string {
  const text = String(html)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(DROPPED_WITH_CONTENT, ' ')
    .replace(BLOCK_BOUNDARY, ' ')
    .replace(TAG, '');
  return collapseWhitespace(decodeEntities(text));
}
