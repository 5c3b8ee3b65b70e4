/**
 * What only a full post needs beyond a card: its styles (the body's measure, the footer) and the
 * share bar with its icons. `<trade-post>` loads this module through load-full-post.ts the first
 * time it shows a full post, so a feed of cards never downloads it.
 */
import { fullPostStyles } from './full-post.styles.js';
import { shareBarStyles } from './share-bar.styles.js';

export { shareBar } from './share-bar.js';

/** The styles a full post adds to the element's own. */
export const styles = [fullPostStyles, shareBarStyles];
