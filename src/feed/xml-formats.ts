/**
 * RSS (every version) and Atom (1.0 and 0.3): importing this module installs their reader in the
 * data layer. The public entry (public.ts) imports it up front, so `parseFeed` reads XML at once;
 * the elements' core (index.ts) does not, and `loadFeed` imports it the first time a response is
 * XML, so a page showing a JSON feed never downloads it.
 */
import { parseXmlFeed } from './formats/rss.js';
import { useXmlFormats } from './parse.js';
import { readXmlWithDom } from './xml.js';

useXmlFormats({ read: readXmlWithDom, parse: parseXmlFeed });
