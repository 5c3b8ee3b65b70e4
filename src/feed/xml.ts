import { tradeWidgetsPolicy } from '../shared/trusted-types.js';
import { FeedError } from './errors.js';

/** Text (3) or CDATA (4) inside an element. */
export interface XmlText {
  readonly nodeType: 3 | 4;
  readonly nodeValue: string | null;
}

/** An attribute as the DOM has it. */
export interface XmlAttribute {
  readonly name: string;
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly value: string;
}

/**
 * The little of an XML element the RSS/Atom reader uses. A DOM `Element` has this shape, and the
 * Node reader (node-xml.ts) builds the same, so both run one reader.
 */
export interface XmlElement {
  readonly nodeType: 1;
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly children: ArrayLike<XmlElement>;
  /** Elements and text in document order (comments and the like may appear and are ignored). */
  readonly childNodes: ArrayLike<XmlElement | XmlText | { readonly nodeType: number }>;
  readonly attributes: ArrayLike<XmlAttribute>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

/** Turns XML text into its root element, or throws a {@link FeedError}. */
export type XmlReader = (xml: string) => XmlElement;

/** True only while {@link readXmlWithDom} hands its text to `DOMParser`. */
let parsing = false;

/**
 * The browser's reader: `DOMParser`. On a page that enforces Trusted Types the text goes through the
 * library's `trade-widgets` policy (parsing XML runs nothing: no script, no loads).
 */
export const readXmlWithDom: XmlReader = (xml) => {
  if (typeof DOMParser !== 'function') {
    throw new FeedError('format', 'No XML reader here: in Node, import trade-widgets/feed, which has one.');
  }
  let doc: Document;
  parsing = true;
  try {
    const policy = tradeWidgetsPolicy(() => parsing);
    const input = policy ? (policy.createHTML(xml) as unknown as string) : xml;
    doc = new DOMParser().parseFromString(input, 'application/xml');
  } catch (cause) {
    throw new FeedError(
      'format',
      'This page does not allow the trade-widgets Trusted Types policy, which RSS and Atom need: add it to the CSP, or convert the feed with `npx trade-widgets feed`.',
      { cause },
    );
  } finally {
    parsing = false;
  }
  if (doc.getElementsByTagName('parsererror').length) {
    throw new FeedError('parse', 'Broken XML: check the feed with a validator.');
  }
  return doc.documentElement as unknown as XmlElement;
};

const XHTML = 'http://www.w3.org/1999/xhtml';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const escapeText = (text: string) =>
  text.replace(/[&<>\u00a0]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c] ?? 'nbsp'};`);
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * The content of an Atom `type="xhtml"` element as HTML: element names without their prefixes,
 * void elements without end tags (`<br>`, never `<br></br>`), namespace declarations dropped and
 * `xml:lang` as `lang`. Written without recursion, so any depth of nesting is safe.
 */
export function xhtmlToHtml(el: XmlElement): string {
  let html = '';
  // A stack of nodes still to write; a string is an end tag to write.
  const stack: (XmlElement | XmlText | { readonly nodeType: number } | string)[] = Array.from(el.childNodes).reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      html += node;
    } else if (node.nodeType === 3 || node.nodeType === 4) {
      html += escapeText((node as XmlText).nodeValue ?? '');
    } else if (node.nodeType === 1) {
      const element = node as XmlElement;
      // Elements outside XHTML (an SVG, say) keep their local name: the sanitizer decides on them.
      const name = element.localName.toLowerCase();
      html += `<${name}`;
      for (const attribute of Array.from(element.attributes)) {
        const local = attribute.localName;
        if (attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:')) continue;
        if (attribute.namespaceURI === XML_NS) {
          if (local === 'lang') html += ` lang="${escapeAttribute(attribute.value)}"`;
          continue;
        }
        if (attribute.namespaceURI && attribute.namespaceURI !== XHTML) continue;
        html += ` ${local}="${escapeAttribute(attribute.value)}"`;
      }
      html += '>';
      if (VOID.has(name)) continue;
      stack.push(`</${name}>`);
      const children = Array.from(element.childNodes);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return html;
}
