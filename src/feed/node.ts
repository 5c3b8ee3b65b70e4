/**
 * `trade-widgets/feed` in Node (the `node` export condition): the public entry, with the XML
 * reader Node lacks (node-xml.ts) installed, so `parseFeed` and `loadFeed` read RSS and Atom.
 * Browser bundles resolve the package to `public.js` and never include it.
 */
import { readXmlWithNode } from './node-xml.js';
import { useXmlReader } from './parse.js';

if (typeof DOMParser !== 'function') useXmlReader(readXmlWithNode);

export * from './public.js';
