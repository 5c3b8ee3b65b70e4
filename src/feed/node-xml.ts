import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FeedError } from './errors.js';
import type { XmlAttribute, XmlElement, XmlReader, XmlText } from './xml.js';

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

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Text as the DOM has it: node type 3. */
class Text implements XmlText {
  readonly nodeType = 3;
  constructor(readonly nodeValue: string) {}
}

/** An element built from fast-xml-parser's output, shaped like the DOM's so the one RSS/Atom reader reads both. */
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
    // Without recursion: any depth of nesting is safe.
    const stack: (Text | Element)[] = [...this.childNodes].reverse();
    while (stack.length) {
      const node = stack.pop()!;
      if (node instanceof Text) text += node.nodeValue;
      else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
    return text;
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
        parent.childNodes.push(new Text(decodeXml(String(value))));
      } else if (key === '#cdata') {
        // CDATA holds its text literally: nothing in it is a reference.
        for (const text of value as OrderedNode[]) parent.childNodes.push(new Text(String(text['#text'] ?? '')));
      } else if (!key.startsWith('#') && !key.startsWith('?')) {
        const raw = (node[':@'] ?? {}) as Record<string, unknown>;
        const inner = new Map(scope);
        const values: [string, string][] = [];
        for (const [name, attributeValue] of Object.entries(raw)) {
          const decoded = decodeXml(String(attributeValue));
          values.push([name, decoded]);
          if (name === 'xmlns') inner.set('', decoded);
          else if (name.startsWith('xmlns:')) inner.set(name.slice(6), decoded);
        }
        // Unprefixed attributes are in no namespace; `xml:base` and the like in their prefix's.
        const attributes = values.map(([name, attributeValue]): XmlAttribute => {
          const colon = name.indexOf(':');
          const prefix = colon < 0 ? '' : name.slice(0, colon);
          return {
            name,
            localName: name.slice(colon + 1),
            namespaceURI: prefix && prefix !== 'xmlns' ? (inner.get(prefix) ?? null) : null,
            value: attributeValue,
          };
        });
        const colon = key.indexOf(':');
        const prefix = colon < 0 ? '' : key.slice(0, colon);
        const element = new Element(key.slice(colon + 1), inner.get(prefix) ?? null, attributes);
        parent.children.push(element);
        parent.childNodes.push(element);
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
  const document = new Element('#document', null, []);
  try {
    build(parser.parse(xml) as OrderedNode[], document, new Map([['xml', XML_NS]]));
  } catch (cause) {
    throw new FeedError('parse', `The feed's XML cannot be read: ${(cause as Error).message}`, { cause });
  }
  const root = document.children[0];
  if (!root) throw new FeedError('parse', 'The feed is XML without any element.');
  return root;
};
