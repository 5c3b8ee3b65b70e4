import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FeedError } from '../feed/errors.js';
import type { XmlElement, XmlReader } from '../feed/xml.js';

/** One node of fast-xml-parser's `preserveOrder` output: `{ tag: children, ':@': attributes }` or text. */
type OrderedNode = Record<string, unknown>;

const XML_ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * XML's own references, decoded in one pass (so `&amp;lt;` stays the text `&lt;`). Anything else,
 * such as HTML's `&nbsp;` that some feeds use, stays as written for the HTML reader after it.
 */
function decodeXml(text: string): string {
  return text.includes('&')
    ? text.replace(XML_ENTITY, (match, ref: string) => {
        if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? match;
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '\ufffd';
      })
    : text;
}

const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** An element built from fast-xml-parser's output, shaped like the DOM's so the one RSS/Atom reader reads both. */
class Element implements XmlElement {
  readonly children: Element[] = [];
  /** Text and elements in document order. */
  readonly content: (string | Element)[] = [];

  constructor(
    readonly tagName: string,
    readonly localName: string,
    readonly namespaceURI: string | null,
    private readonly attributes: Map<string, string>,
  ) {}

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  get textContent(): string {
    return this.content.map((part) => (typeof part === 'string' ? part : part.textContent)).join('');
  }

  get innerHTML(): string {
    return this.content
      .map((part) => {
        if (typeof part === 'string') return escapeText(part);
        const attributes = [...part.attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
        return `<${part.tagName}${attributes}>${part.innerHTML}</${part.tagName}>`;
      })
      .join('');
  }
}

/** Namespace prefixes in scope: `''` is the default namespace. */
type Scope = ReadonlyMap<string, string>;

function build(nodes: OrderedNode[], parent: Element, scope: Scope): void {
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') {
        parent.content.push(decodeXml(String(value)));
      } else if (key === '#cdata') {
        // CDATA holds its text literally: nothing in it is a reference.
        for (const text of value as OrderedNode[]) parent.content.push(String(text['#text'] ?? ''));
      } else if (!key.startsWith('#') && !key.startsWith('?')) {
        const raw = (node[':@'] ?? {}) as Record<string, unknown>;
        const attributes = new Map<string, string>();
        const inner = new Map(scope);
        for (const [name, attributeValue] of Object.entries(raw)) {
          const decoded = decodeXml(String(attributeValue));
          attributes.set(name, decoded);
          if (name === 'xmlns') inner.set('', decoded);
          else if (name.startsWith('xmlns:')) inner.set(name.slice(6), decoded);
        }
        const colon = key.indexOf(':');
        const prefix = colon < 0 ? '' : key.slice(0, colon);
        const element = new Element(key, key.slice(colon + 1), inner.get(prefix) ?? null, attributes);
        parent.children.push(element);
        parent.content.push(element);
        build(value as OrderedNode[], element, inner);
      }
    }
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // References are decoded above, once and only XML's: the parser would leave some and expand DOCTYPE ones.
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** The command line's XML reader: fast-xml-parser, checked for well-formedness first as a browser would. */
export const readXmlWithNode: XmlReader = (xml) => {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new FeedError('parse', `The feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  }
  const document = new Element('#document', '#document', null, new Map());
  try {
    build(parser.parse(xml) as OrderedNode[], document, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
  } catch (cause) {
    throw new FeedError('parse', `The feed's XML cannot be read: ${(cause as Error).message}`, { cause });
  }
  const root = document.children[0];
  if (!root) throw new FeedError('parse', 'The feed is XML without any element.');
  return root;
};
