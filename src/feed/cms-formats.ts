/**
 * The WordPress REST API and Ghost Content API readers. The public entry (public.ts) installs them
 * at import, so `parseFeed` reads every format at once; the elements' core (index.ts) does not, and
 * `loadFeed` loads them (see `loadCmsFormats` in parse.ts) when an address or a response is one of
 * theirs, so a page showing a JSON Feed never downloads them.
 */
import { ghostItem, parseGhost } from './formats/ghost.js';
import { parseWordpress, wordpressItem } from './formats/wordpress.js';

export const cmsReaders = {
  wordpress: [parseWordpress, wordpressItem],
  ghost: [parseGhost, ghostItem],
} as const;
