/**
 * Plain-text helpers shared by `<trade-post>` and `<trade-news-feed>`: excerpts and reading time.
 * They work on text; the plain text of a post's HTML comes from the data layer's `plainText`
 * (`src/feed/post.ts`), which needs no DOM parser and so stays usable under enforced Trusted Types.
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
