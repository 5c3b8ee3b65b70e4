/**
 * Plain-text helpers of `<trade-post>` (a feed's cards are `<trade-post>` elements too): the card's
 * shortened summary and the reading time.
 * They work on text; the plain text of a post's HTML comes from the data layer's `plainText`
 * (`src/feed/post.ts`), which needs no DOM parser and so stays usable under enforced Trusted Types.
 */

/**
 * `text` shortened to at most `max` characters, cut at the last word boundary and ended with "…".
 * Whitespace runs (newlines, tabs, non-breaking spaces) collapse into single spaces first, and text
 * that then fits is returned whole. When the first word alone is longer than `max` (a URL, or a
 * language written without spaces) the cut falls mid-word rather than leaving nothing. Characters
 * are counted as code points, so an emoji is never split.
 */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const limit = Math.floor(max);
  if (!Number.isFinite(limit) || limit <= 0) return '';
  const chars = Array.from(clean);
  if (chars.length <= limit) return clean;
  const head = chars.slice(0, limit).join('');
  // Trailing punctuation before an ellipsis reads as a typo ("duties,…").
  const cut = (chars[limit] === ' ' ? head : head.replace(/ \S*$/, '')).replace(/[\s,;:.!?\-–—([{'"“‘]+$/u, '');
  return (cut || head) + '…';
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;

/**
 * Whole minutes needed to read `text` (at least 1), or 0 for text with no words: 200 words a
 * minute, as an average adult reads non-fiction on a screen, and 500 characters a minute for
 * Chinese, Japanese and Korean, which are written without spaces between words.
 */
export function readingTime(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return Math.ceil(words / 200 + cjk / 500);
}
