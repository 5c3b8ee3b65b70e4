import { loadSibling } from './sibling.script.js';
import type * as Sanitizer from './sanitize.js';

/**
 * The script-tag build's sanitizer: `trade-widgets.sanitize.js` beside the bundle, which fetches
 * its DOMPurify fallback only where the browser lacks the HTML Sanitizer API.
 */
export async function loadSanitizer(): Promise<typeof Sanitizer> {
  const sanitizer = await loadSibling<typeof Sanitizer>('trade-widgets.sanitize.js');
  await sanitizer.ready();
  return sanitizer;
}
