import type * as Sanitizer from './sanitize.js';

/**
 * Loads the body sanitizer (and DOMPurify with it) only when a post body is about to render, so
 * feeds of cards and the contact form never pay for it. Bundlers, the script-tag build included,
 * make it a chunk of its own.
 */
export function loadSanitizer(): Promise<typeof Sanitizer> {
  return import('./sanitize.js');
}
