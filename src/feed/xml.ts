import { FeedError } from './errors.js';

/**
 * The little of an XML element the RSS/Atom reader uses. A DOM `Element` has this shape, and the
 * command line builds the same from fast-xml-parser, so both run one reader.
 */
export interface XmlElement {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly children: ArrayLike<XmlElement>;
  readonly textContent: string | null;
  /** The markup inside the element (Atom's `type="xhtml"` content). */
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
}

/** Turns XML text into its root element, or throws a {@link FeedError}. */
export type XmlReader = (xml: string) => XmlElement;

/** An HTML page (a login or error page where a feed was expected) is never a feed. */
export const HTML_PAGE = /^<(!doctype\s+html|html[\s>])/i;

export const htmlPageError = () => new FeedError('parse', 'Got a web page, not a feed: check the address.');

/** The browser's reader: `DOMParser`. Without one (Node) it says how to convert the feed instead. */
export const readXmlWithDom: XmlReader = (xml) => {
  const Parser = globalThis.DOMParser;
  if (!Parser) {
    throw new FeedError('format', 'RSS and Atom need DOMParser: in Node, use `npx trade-widgets feed`.');
  }
  const doc = new Parser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) {
    throw new FeedError('parse', 'Broken XML: check the feed with a validator.');
  }
  return doc.documentElement;
};
