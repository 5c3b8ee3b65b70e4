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

/**
 * The browser's reader: `DOMParser`. Where there is none (Node), or where the page's Trusted Types
 * policy makes it refuse strings, the error says how to convert the feed instead.
 */
export const readXmlWithDom: XmlReader = (xml) => {
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(xml, 'application/xml');
  } catch (cause) {
    throw new FeedError(
      'format',
      'No DOMParser for RSS/Atom here (Node, or Trusted Types): convert it with `npx trade-widgets feed`.',
      { cause },
    );
  }
  if (doc.getElementsByTagName('parsererror').length) {
    throw new FeedError('parse', 'Broken XML: check the feed with a validator.');
  }
  return doc.documentElement;
};
