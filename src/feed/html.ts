/**
 * A small HTML scanner for the data layer: the text of a post body without a DOM (the RSS and Atom
 * readers also find the first image with it, in formats/xml-common.ts).
 * It follows the HTML tokenizer where that matters (comments, raw-text elements, quoted attribute
 * values) and every position is read once: no search ever starts again from an earlier `<`, so the
 * time is linear in the input whatever the markup, closed or not.
 */

/** Elements whose content a reader never sees as text. */
const HIDDEN = new Set(['script', 'style', 'svg', 'math', 'template', 'noscript', 'iframe', 'object', 'head', 'title']);
/** Elements whose content is raw text: no tag starts inside them until their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/**
 * Tags after which text starts anew: they become a line break (which readers collapse to a space),
 * so paragraphs do not run together and a summary's last block can be told apart.
 */
const BLOCK =
  /^(p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|t[dhr]|table|blockquote|pre|figure|figcaption|img|hr|section|article|header|footer|aside|nav|main)$/;

export interface Tag {
  /** Lower-case tag name. */
  name: string;
  /** True for `</name>`. */
  end: boolean;
  /** `<name … />`. */
  selfClosing: boolean;
  /** Lower-case attribute names to their raw (undecoded) values; filled only for start tags the caller keeps. */
  attributes: ReadonlyMap<string, string>;
}

/** The attributes of a tag nobody looks into: one shared empty map. */
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Reads a tag starting at `html[start] === '<'` followed by a letter or `/`+letter. Returns the tag
 * and the index after its `>`, or undefined when the input ends inside it (the tag is then dropped).
 */
function readTag(html: string, start: number, keep: (name: string) => boolean): [Tag, number] | undefined {
  let i = start + 1;
  const end = html.charCodeAt(i) === 47;
  if (end) i++;
  const nameStart = i;
  const length = html.length;
  while (i < length && !isSpace(html.charCodeAt(i)) && html[i] !== '>' && html[i] !== '/') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  // Attributes are read as strings only for the tags the caller looks into; the others are skipped.
  const attributes = !end && keep(name);
  const tag: Tag = { name, end, selfClosing: false, attributes: attributes ? new Map() : NO_ATTRIBUTES };
  if (end) {
    const close = html.indexOf('>', i);
    return close < 0 ? undefined : [tag, close + 1];
  }
  while (i < length) {
    const c = html.charCodeAt(i);
    if (c === 62) {
      tag.selfClosing = html.charCodeAt(i - 1) === 47;
      return [tag, i + 1];
    }
    if (isSpace(c) || c === 47) {
      i++;
      continue;
    }
    const attrStart = i;
    // An attribute name runs to a space, `/`, `>` or `=` (its first character may be `=`).
    i++;
    while (i < length) {
      const d = html.charCodeAt(i);
      if (isSpace(d) || d === 47 || d === 62 || d === 61) break;
      i++;
    }
    const attrEnd = i;
    while (i < length && isSpace(html.charCodeAt(i))) i++;
    let valueStart = i;
    let valueEnd = i;
    if (html.charCodeAt(i) === 61) {
      i++;
      while (i < length && isSpace(html.charCodeAt(i))) i++;
      const quote = html.charCodeAt(i);
      if (quote === 34 || quote === 39) {
        const close = html.indexOf(quote === 34 ? '"' : "'", i + 1);
        if (close < 0) return undefined;
        valueStart = i + 1;
        valueEnd = close;
        i = close + 1;
      } else {
        valueStart = i;
        while (i < length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i++;
        valueEnd = i;
      }
    }
    if (attributes) {
      const attribute = html.slice(attrStart, attrEnd).toLowerCase();
      const map = tag.attributes as Map<string, string>;
      if (!map.has(attribute)) map.set(attribute, html.slice(valueStart, valueEnd));
    }
  }
  return undefined;
}

/**
 * Calls `onText` with each run of text (entities not decoded) and `onTag` with each tag, in order;
 * skips comments, doctypes, processing instructions and the content of raw-text elements. Either
 * callback may return `false` to stop.
 */
export function scanHtml(
  html: string,
  onText: (text: string) => boolean | void,
  onTag: (tag: Tag) => boolean | void,
  keepAttributes: (name: string) => boolean = () => false,
): void {
  const length = html.length;
  let i = 0;
  while (i < length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      onText(html.slice(i));
      return;
    }
    if (open > i && onText(html.slice(i, open)) === false) return;
    const next = html.charCodeAt(open + 1);
    if (next === 33 || next === 63) {
      // `<!--…-->`, `<!doctype …>`, `<![CDATA[…]]>`, `<?…>`: never text.
      const comment = html.startsWith('<!--', open);
      const close = comment ? html.indexOf('-->', open + 4) : html.indexOf('>', open + 2);
      if (close < 0) return;
      i = close + (comment ? 3 : 1);
      continue;
    }
    if (isLetter(next) || (next === 47 && isLetter(html.charCodeAt(open + 2)))) {
      const read = readTag(html, open, keepAttributes);
      if (!read) return;
      const [tag, after] = read;
      i = after;
      if (onTag(tag) === false) return;
      if (!tag.end && RAW.has(tag.name)) {
        // Raw text runs to the matching end tag; without one, to the end of the input.
        const close = indexOfEndTag(html, tag.name, i);
        if (close < 0) return;
        i = close;
      }
      continue;
    }
    // A `<` that starts no tag is text.
    if (onText('<') === false) return;
    i = open + 1;
  }
}

/** Where `</name` starts at or after `from`, case-insensitively, or -1; one forward search. */
function indexOfEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/**
 * The text a reader sees in `html`, entities still encoded: tags removed, blocks separated by a
 * line break, and `script`, `style`, `svg`, `math`, `template` and the like skipped with their content.
 * Stops once `limit` characters of text were collected (a summary needs only the start).
 */
export function htmlText(html: string, limit = Infinity): string {
  // Past the limit, a reference cut in two is no loss: the text is cut further anyway.
  if (!html.includes('<')) return html.length > limit ? html.slice(0, limit + 40) : html;
  let text = '';
  let hidden = 0;
  let hiddenName = '';
  scanHtml(
    html,
    (run) => {
      if (hidden) return;
      text += run;
      return text.length < limit;
    },
    (tag) => {
      if (hidden) {
        if (tag.name === hiddenName) hidden += tag.end ? -1 : 1;
        return;
      }
      if (!tag.end && HIDDEN.has(tag.name) && !tag.selfClosing) {
        // Raw-text elements are skipped by the scanner itself; the others are counted to their end.
        if (!RAW.has(tag.name)) {
          hidden = 1;
          hiddenName = tag.name;
        }
        return;
      }
      if (BLOCK.test(tag.name)) text += '\n';
    },
  );
  return text;
}
