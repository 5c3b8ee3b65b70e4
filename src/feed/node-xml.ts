import { FeedError } from './errors.js';
import type { XmlAttribute, XmlElement, XmlReader, XmlText } from './xml.js';

/**
 * The XML reader for Node, where there is no `DOMParser`: a small namespace-aware, non-validating
 * parser that builds the little of the DOM the RSS/Atom reader uses. Every character is read once
 * (linear time on any input, closed or not), nesting needs no recursion, and entities declared in a
 * DOCTYPE are never expanded, so an entity bomb stays small. XML's own references are decoded;
 * HTML's (`&nbsp;`, which some feeds use undeclared) stay as written for the HTML reader after it.
 */

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Deeper than any feed: a document nested further is refused rather than walked. */
const MAX_DEPTH = 1000;

/** Text as the DOM has it: node type 3. */
class Text implements XmlText {
  readonly nodeType = 3;
  constructor(readonly nodeValue: string) {}
}

/** An element shaped like the DOM's, so the one RSS/Atom reader reads both. */
class Element implements XmlElement {
  readonly nodeType = 1;
  readonly children: Element[] = [];
  /** Text and elements in document order. */
  readonly childNodes: (Text | Element)[] = [];

  constructor(
    readonly localName: string,
    readonly namespaceURI: string | null,
    readonly attributes: XmlAttribute[],
  ) {}

  getAttribute(name: string): string | null {
    return this.attributes.find((attribute) => attribute.name === name)?.value ?? null;
  }

  get textContent(): string {
    let text = '';
    const stack: (Text | Element)[] = [...this.childNodes].reverse();
    while (stack.length) {
      const node = stack.pop()!;
      if (node instanceof Text) text += node.nodeValue;
      else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
    return text;
  }
}

const NUMERIC = /&(amp|#\d{1,8}|#x[\da-fA-F]{1,7});/g;

function decodeNumeric(_match: string, ref: string): string {
  if (ref === 'amp') return '&';
  const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
  return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

/**
 * XML's own references decoded as if in one pass (so `&amp;lt;` stays the text `&lt;`): the four
 * that cannot produce a `&` first, with the platform's fast string replace, then `&amp;` and the
 * numeric ones together.
 */
function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  const plain = text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'");
  return plain.includes('&#') ? plain.replace(NUMERIC, decodeNumeric) : plain.replaceAll('&amp;', '&');
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** Characters that end a name: space, `/`, `>`, `=`, `<`, quotes. */
const isNameEnd = (c: number) => isSpace(c) || c === 47 || c === 62 || c === 61 || c === 60 || c === 34 || c === 39;

/** Namespace prefixes in scope: `''` is the default namespace. */
type Scope = ReadonlyMap<string, string>;

interface Open {
  element: Element;
  qualifiedName: string;
  scope: Scope;
}

/** The command line's and Node's XML reader. Throws a {@link FeedError} of kind `parse` for XML that is not well-formed. */
export const readXmlWithNode: XmlReader = (xml) => {
  const length = xml.length;
  const fail = (at: number, message: string): never => {
    let line = 1;
    for (let i = 0; i < at && i < length; i++) if (xml.charCodeAt(i) === 10) line++;
    throw new FeedError('parse', `The feed is not well-formed XML (line ${line}: ${message}).`);
  };
  const document = new Element('#document', null, []);
  const stack: Open[] = [{ element: document, qualifiedName: '', scope: new Map([['xml', XML_NS]]) }];
  let root: Element | undefined;
  let i = 0;
  while (i < length) {
    const top = stack[stack.length - 1]!;
    const open = xml.indexOf('<', i);
    const textEnd = open < 0 ? length : open;
    if (textEnd > i) {
      if (stack.length > 1) top.element.childNodes.push(new Text(decodeXml(xml.slice(i, textEnd))));
      // trim also drops a byte-order mark.
      else if (xml.slice(i, textEnd).trim()) fail(i, 'text outside the root element');
    }
    if (open < 0) break;
    i = open;
    if (xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close < 0) fail(i, 'a comment is not closed');
      i = close + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const close = xml.indexOf(']]>', i + 9);
      if (close < 0) fail(i, 'a CDATA section is not closed');
      if (stack.length === 1) fail(i, 'CDATA outside the root element');
      top.element.childNodes.push(new Text(xml.slice(i + 9, close)));
      i = close + 3;
    } else if (xml.startsWith('<?', i)) {
      const close = xml.indexOf('?>', i + 2);
      if (close < 0) fail(i, 'a processing instruction is not closed');
      i = close + 2;
    } else if (xml.startsWith('<!', i)) {
      // A DOCTYPE, its internal subset skipped (quoted strings may hold `>` or `]`); nothing is expanded.
      let j = i + 2;
      let bracket = false;
      while (j < length) {
        const c = xml.charCodeAt(j);
        if (c === 34 || c === 39) {
          const close = xml.indexOf(xml[j]!, j + 1);
          if (close < 0) break;
          j = close + 1;
          continue;
        }
        if (c === 91) bracket = true;
        else if (c === 93) bracket = false;
        else if (c === 62 && !bracket) break;
        j++;
      }
      if (j >= length) fail(i, 'a declaration is not closed');
      i = j + 1;
    } else if (xml.charCodeAt(i + 1) === 47) {
      let j = i + 2;
      while (j < length && !isNameEnd(xml.charCodeAt(j))) j++;
      const name = xml.slice(i + 2, j);
      while (j < length && isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 62) fail(i, `the end tag </${name}> is not closed`);
      if (stack.length === 1 || name !== top.qualifiedName) {
        fail(
          i,
          stack.length === 1 ? `</${name}> closes nothing` : `expected </${top.qualifiedName}>, found </${name}>`,
        );
      }
      stack.pop();
      i = j + 1;
    } else {
      let j = i + 1;
      while (j < length && !isNameEnd(xml.charCodeAt(j))) j++;
      const qualifiedName = xml.slice(i + 1, j);
      if (!qualifiedName) fail(i, 'a "<" that starts no tag');
      const values: [string, string][] = [];
      const seen = new Set<string>();
      let selfClosing = false;
      for (;;) {
        while (j < length && isSpace(xml.charCodeAt(j))) j++;
        if (j >= length) fail(i, `the tag <${qualifiedName}> is not closed`);
        const c = xml.charCodeAt(j);
        if (c === 62) {
          j++;
          break;
        }
        if (c === 47 && xml.charCodeAt(j + 1) === 62) {
          selfClosing = true;
          j += 2;
          break;
        }
        const nameStart = j;
        while (j < length && !isNameEnd(xml.charCodeAt(j))) j++;
        if (j === nameStart) fail(j, `unexpected "${xml[j]}" in <${qualifiedName}>`);
        const name = xml.slice(nameStart, j);
        while (j < length && isSpace(xml.charCodeAt(j))) j++;
        if (xml.charCodeAt(j) !== 61) fail(j, `the attribute ${name} has no value`);
        j++;
        while (j < length && isSpace(xml.charCodeAt(j))) j++;
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") fail(j, `the value of ${name} is not quoted`);
        const close = xml.indexOf(quote!, j + 1);
        if (close < 0) fail(j, `the value of ${name} is not closed`);
        if (!seen.has(name)) values.push([name, decodeXml(xml.slice(j + 1, close))]);
        seen.add(name);
        j = close + 1;
      }
      let scope = top.scope;
      for (const [name, value] of values) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === top.scope) scope = new Map(scope);
          (scope as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
        }
      }
      // Unprefixed attributes are in no namespace; `xml:base` and the like in their prefix's.
      const attributes = values.map(([name, value]): XmlAttribute => {
        const colon = name.indexOf(':');
        const prefix = colon < 0 ? '' : name.slice(0, colon);
        return {
          name,
          localName: name.slice(colon + 1),
          namespaceURI: prefix && prefix !== 'xmlns' ? (scope.get(prefix) ?? null) : null,
          value,
        };
      });
      const colon = qualifiedName.indexOf(':');
      const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
      const element = new Element(qualifiedName.slice(colon + 1), scope.get(prefix) || null, attributes);
      if (stack.length === 1) {
        if (root) fail(i, 'a second root element');
        root = element;
      }
      top.element.children.push(element);
      top.element.childNodes.push(element);
      if (!selfClosing) {
        if (stack.length > MAX_DEPTH) fail(i, `elements nested deeper than ${MAX_DEPTH}`);
        stack.push({ element, qualifiedName, scope });
      }
      i = j;
    }
  }
  if (stack.length > 1) fail(length, `<${stack[stack.length - 1]!.qualifiedName}> is not closed`);
  if (!root) throw new FeedError('parse', 'The feed is XML without any element.');
  return root;
};
