/**
 * The pre-pass of the body sanitizer: removes from raw markup, before any HTML parser sees it, what
 * a browser reports as a Content-Security-Policy violation the moment a parser meets it — even an
 * inert one (`DOMParser`, `<template>`, `setHTML`):
 *
 * - attributes whose name begins with `on` (event handlers: `script-src-attr`),
 * - `<style>` elements with their content (`style-src-elem`),
 * - `style` attributes (`style-src-attr`).
 *
 * It also leaves out what every HTML parser discards on its own — a tag cut off by the end of the
 * markup, the repeats of an attribute (the first one counts), end tags of elements never opened —
 * so that thousands of unclosed tags (`<p <p <p …`) or stray end tags cost no parser any time. Nothing else changes: text, URLs, comments and
 * every other attribute are copied byte for byte.
 * Security does not rest on this (the sanitizer that follows removes all of it from the parsed
 * tree, and much more); it keeps a hostile post from filling a strict-CSP page's violation reports.
 *
 * It is a single forward scan following the HTML tokenizer (tags, attribute names, quoted and
 * unquoted values, comments, CDATA in SVG/MathML, raw-text elements such as `script`, `textarea`
 * and `title`), so it takes time in proportion to the markup whatever it holds, and a word such as
 * "online" or a URL such as `/2024/one-big-change` is text, never an attribute. It follows the
 * tree builder only as far as the tokenizer depends on it: inside `<svg>` and `<math>`, `style`
 * and `script` are ordinary elements, and HTML resumes in integration points and at the tags that
 * break out of foreign content.
 */

/** The markup without reported attributes and elements, and the names of the start tags it holds. */
export interface Prepassed {
  html: string;
  /** Lower-case names of every start tag met (outside raw text), for the sanitizer's configuration. */
  tags: Set<string>;
}

/** Elements whose content the tokenizer reads as text up to their end tag (with scripting off). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);

/** Start tags that end SVG/MathML content and are parsed as HTML again. */
const BREAKOUT = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing ' +
    'menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'
  ).split(' '),
);
/** SVG and MathML elements whose content is parsed as HTML. */
const HTML_INTEGRATION = new Set(['foreignobject', 'desc', 'title', 'annotation-xml']);
const MATHML_TEXT_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);
/** Elements a parser opens without a start tag (or, for `</p>` and `</br>`, from the end tag alone). */
const IMPLIED = new Set(['html', 'head', 'body', 'tbody', 'tr', 'colgroup', 'p', 'br']);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isLetter = (c: string | undefined): boolean => !!c && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** `attribute` is one the browser reports under a strict CSP. */
function reported(name: string): boolean {
  return name.startsWith('on') || name === 'style';
}

interface Attribute {
  name: string;
  start: number;
  end: number;
}

interface Tag {
  name: string;
  attributes: Attribute[];
  selfClosing: boolean;
  /** Index just past the tag's `>` (or the end of the markup when the tag is cut off). */
  end: number;
  /** The markup ends inside the tag: parsers drop such a tag altogether. */
  cutOff: boolean;
}

/**
 * Reads a start or end tag whose name begins at `from` (just after `<` or `</`), following the
 * tokenizer's attribute states.
 */
function readTag(html: string, from: number): Tag {
  const length = html.length;
  let i = from;
  while (i < length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(from, i).toLowerCase();
  const attributes: Attribute[] = [];
  let selfClosing = false;
  while (i < length) {
    const c = html[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '>') return { name, attributes, selfClosing, end: i + 1, cutOff: false };
    if (c === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    selfClosing = false;
    // Attribute name: its first character may be anything but space, `/` and `>` (even `=`).
    const start = i;
    i++;
    while (i < length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attributeName = html.slice(start, i).toLowerCase();
    let end = i;
    // After the name: spaces, then perhaps `=` and a value.
    let j = i;
    while (j < length && isSpace(html[j])) j++;
    if (html[j] === '=') {
      j++;
      while (j < length && isSpace(html[j])) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        end = i = close < 0 ? length : close + 1;
      } else {
        // Unquoted (possibly empty, when `>` follows at once).
        while (j < length && !isSpace(html[j]) && html[j] !== '>') j++;
        end = i = j;
      }
    }
    attributes.push({ name: attributeName, start, end });
  }
  return { name, attributes, selfClosing, end: length, cutOff: true };
}

/** Where the raw text of a `name` element ends: the start of its end tag, or the end of the markup. */
function rawTextEnd(html: string, name: string, from: number): number {
  let i = from;
  for (;;) {
    const at = html.indexOf('</', i);
    if (at < 0) return html.length;
    const after = at + 2 + name.length;
    if (
      html.slice(at + 2, after).toLowerCase() === name &&
      (after === html.length || isSpace(html[after]) || html[after] === '/' || html[after] === '>')
    ) {
      return at;
    }
    i = at + 2;
  }
}

/** Where a comment that opens at `from` (`<!--`) ends, just past its `-->` or `--!>`. */
function commentEnd(html: string, from: number): number {
  let i = from + 4;
  // `<!-->` and `<!--->` are complete (empty) comments.
  if (html[i] === '>') return i + 1;
  if (html[i] === '-' && html[i + 1] === '>') return i + 2;
  for (;;) {
    const dashes = html.indexOf('--', i);
    if (dashes < 0) return html.length;
    if (html[dashes + 2] === '>') return dashes + 3;
    if (html[dashes + 2] === '!' && html[dashes + 3] === '>') return dashes + 4;
    i = dashes + 1;
  }
}

/** Just past the next `>` at or after `from`, or the end of the markup. */
function pastNext(html: string, text: string, from: number): number {
  const at = html.indexOf(text, from);
  return at < 0 ? html.length : at + text.length;
}

/** Removes handler attributes, `style` attributes and `<style>` elements; see the module comment. */
export function prepass(html: string): Prepassed {
  const tags = new Set<string>();
  const kept: string[] = [];
  let copied = 0;
  const drop = (start: number, end: number): void => {
    kept.push(html.slice(copied, start));
    copied = end;
  };
  /** Open SVG/MathML elements; HTML rules apply when it is empty or its top is an integration point. */
  const foreign: string[] = [];
  /** How many elements of each name `foreign` holds: an end tag of another name costs nothing. */
  const open = new Map<string, number>();
  const push = (name: string): void => {
    foreign.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
  };
  const pop = (): void => {
    const top = foreign.pop()!;
    open.set(top, open.get(top)! - 1);
  };
  const inHtml = (): boolean => {
    const top = foreign[foreign.length - 1];
    return top === undefined || HTML_INTEGRATION.has(top) || MATHML_TEXT_INTEGRATION.has(top);
  };

  const length = html.length;
  let i = 0;
  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (next === '!') {
      if (html.startsWith('--', lt + 2)) i = commentEnd(html, lt);
      else if (!inHtml() && html.startsWith('[CDATA[', lt + 2)) i = pastNext(html, ']]>', lt + 9);
      else i = pastNext(html, '>', lt + 2);
      continue;
    }
    if (next === '?') {
      i = pastNext(html, '>', lt + 2);
      continue;
    }
    if (next === '/') {
      if (isLetter(html[lt + 2])) {
        const tag = readTag(html, lt + 2);
        i = tag.end;
        if (tag.cutOff) {
          drop(lt, length);
          break;
        }
        if (!tags.has(tag.name) && !IMPLIED.has(tag.name)) {
          // Closes nothing, as no element of that name was opened: parsers ignore it, after
          // searching their stack of open elements — for every such tag, which thousands of them
          // after thousands of open elements would make slow.
          drop(lt, tag.end);
        } else if ((tag.name === 'p' || tag.name === 'br') && !inHtml()) {
          // In SVG/MathML these two end tags close foreign content, as their start tags would.
          while (foreign.length && !inHtml()) pop();
        } else if (open.get(tag.name)) {
          // Closes the nearest open element of that name and everything opened inside it.
          let top: string | undefined;
          do {
            top = foreign[foreign.length - 1];
            pop();
          } while (top !== tag.name);
          if (tag.name === 'style') drop(lt, tag.end);
        }
      } else {
        // `</>` is dropped; `</` and anything else opens a bogus comment.
        i = pastNext(html, '>', lt + 2);
      }
      continue;
    }
    if (!isLetter(next)) {
      i = lt + 1;
      continue;
    }

    const tag = readTag(html, lt + 1);
    const { name } = tag;
    i = tag.end;
    if (tag.cutOff) {
      drop(lt, length);
      break;
    }
    const fontBreakout = name === 'font' && tag.attributes.some((a) => /^(color|face|size)$/.test(a.name));
    if (!inHtml() && (BREAKOUT.has(name) || fontBreakout)) {
      // Back to HTML: up to the nearest integration point, or out of foreign content altogether.
      while (foreign.length && !inHtml()) pop();
    }
    const html5 = inHtml();
    tags.add(name);

    if (name === 'style') {
      if (html5) {
        // The whole element, its CSS and its end tag.
        const close = rawTextEnd(html, 'style', tag.end);
        i = close < length ? readTag(html, close + 2).end : length;
        drop(lt, i);
        continue;
      }
      // Inside SVG/MathML `<style>` is an ordinary element: its tags go, its text stays text.
      drop(lt, tag.end);
      if (!tag.selfClosing) push(name);
      continue;
    }

    const seen = new Set<string>();
    for (const attribute of tag.attributes) {
      // A repeated attribute is dropped by every parser (the first one counts).
      if (reported(attribute.name) || seen.has(attribute.name)) drop(attribute.start, attribute.end);
      seen.add(attribute.name);
    }

    if (html5) {
      if (name === 'svg' || name === 'math') {
        if (!tag.selfClosing) push(name);
      } else if (
        (name === 'mglyph' || name === 'malignmark') &&
        MATHML_TEXT_INTEGRATION.has(foreign[foreign.length - 1] ?? '')
      ) {
        if (!tag.selfClosing) push(name);
      } else if (name === 'plaintext') {
        i = length;
      } else if (RAW_TEXT.has(name)) {
        i = rawTextEnd(html, name, tag.end);
      }
    } else if (!tag.selfClosing) {
      push(name);
    }
  }
  if (!copied) return { html, tags };
  kept.push(html.slice(copied));
  return { html: kept.join(''), tags };
}
