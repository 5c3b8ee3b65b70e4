/**
 * `trade-widgets/feed` in browsers and bundlers: the data layer of index.ts with the RSS and Atom
 * reader installed at import, so the synchronous `parseFeed` reads every format. (The elements
 * import index.ts, which loads that reader only when a feed turns out to be XML.) It has no Lit and
 * touches no DOM at import, so it runs in Node too; there the package resolves to `node.js`, which
 * adds an XML reader.
 */
import './xml-formats.js';

export * from './index.js';
