/**
 * `trade-widgets/feed` in Node (the `node` export condition): the same data layer, with the XML
 * reader Node lacks (node-xml.ts) and the full table of HTML character references installed, so
 * `parseFeed` and `loadFeed` read RSS and Atom and decode every reference. Browser bundles resolve
 * the package to `public.js` and never include either.
 */
import { entityTable } from './entities.js';
import { readXmlWithNode } from './node-xml.js';
import { useXmlReader } from './parse.js';
import { useEntityTable } from './text.js';

if (typeof DOMParser !== 'function') useXmlReader(readXmlWithNode);
useEntityTable(entityTable());

export * from './public.js';
