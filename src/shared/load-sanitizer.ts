import type * as Sanitizer from './sanitize.js';

/**
 * Loads the body sanitizer (and DOMPurify with it) only when a post body is about to render, so
 * feeds of cards and the contact form never pay for it. The script-tag build swaps this module for
 * `load-sanitizer.script.ts`, which loads the same code from a file beside the bundle.
 */
export function loadSanitizer(): Promise<typeof Sanitizer> {
  return import('./sanitize.js');
}
