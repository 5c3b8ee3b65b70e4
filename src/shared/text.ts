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
 * are counted as code points, so an emoji is never split. Time is linear in the length of `text`.
 */
export function excerpt(text: string, max: number): string {
  const limit = Math.floor(max);
  if (!Number.isFinite(limit) || limit <= 0) return '';
  const clean = text.replace(/\s+/g, ' ').trim();
  // Just past the first `limit` code points: only that much is looked at again.
  let end = 0;
  for (let count = 0; count < limit && end < clean.length; count++) end += clean.codePointAt(end)! > 0xffff ? 2 : 1;
  if (end >= clean.length) return clean;
  const head = clean.slice(0, end);
  const space = head.lastIndexOf(' ');
  let cut = clean[end] === ' ' || space < 0 ? head : head.slice(0, space);
  // Trailing punctuation before an ellipsis reads as a typo ("duties,…").
  let last = cut.length;
  while (last > 0 && TRAILING.has(cut[last - 1]!)) last--;
  cut = cut.slice(0, last);
  return (cut || head) + '…';
}

const TRAILING = new Set(' ,;:.!?-–—([{\'"“‘');

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;

/**
 * Whole minutes needed to read `text` (at least 1), or 0 for text with no words: 200 words a
 * minute, as an average adult reads non-fiction on a screen, and 500 characters a minute for
 * Chinese, Japanese and Korean, which are written without spaces between words. Each pattern
 * matches in one pass without backtracking across words, so time is linear in the length of `text`.
 */
export function readingTime(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return Math.ceil(words / 200 + cjk / 500);
}
