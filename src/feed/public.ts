/**
 * `trade-widgets/feed` in browsers and bundlers: the data layer of index.ts with the RSS and Atom
 * reader and the RFC 822 date reader installed at import, so the synchronous `parseFeed` reads
 * every format and date. (The elements import index.ts, which loads them only when a feed needs
 * them.) It has no Lit and touches no DOM at import, so it runs in Node too; there the package
 * resolves to `node.js`, which adds an XML reader.
 */
import './xml-formats.js';
import { useRfcDates } from './dates.js';
import { rfcDate } from './rfc-dates.js';

useRfcDates(rfcDate);

export * from './index.js';
