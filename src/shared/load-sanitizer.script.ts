import { loadSibling } from './sibling.script.js';
import type * as Sanitizer from './sanitize.js';

/** The script-tag build's sanitizer: `trade-widgets.sanitize.js` beside the bundle. */
export function loadSanitizer(): Promise<typeof Sanitizer> {
  return loadSibling<typeof Sanitizer>('trade-widgets.sanitize.js');
}
