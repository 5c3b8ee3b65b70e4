/**
 * `trade-widgets/feed` in browsers and bundlers: the data layer of index.ts with the WordPress and
 * Ghost readers, the RSS and Atom reader, the RFC 822 date reader and the full table of HTML
 * character references installed at import, so the synchronous `parseFeed` reads every format, date and reference. (The elements
 * import index.ts, which loads them only when a feed needs them.) It has no Lit and touches no DOM at import, so it runs in Node too; there the package
 * resolves to `node.js`, which adds an XML reader.
 */
import './xml-formats.js';
import { cmsReaders } from './cms-formats.js';
import { useRfcDates } from './dates.js';
import { entityTable } from './entities.js';
import { rfcDate } from './rfc-dates.js';
import { useEntityTable } from './text.js';
import { useCmsFormats } from './parse.js';

useCmsFormats(cmsReaders);
useRfcDates(rfcDate);
useEntityTable(entityTable());

export * from './index.js';
