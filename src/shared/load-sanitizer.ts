import type * as Sanitizer from './sanitize.js';

/**
 * Loads the body sanitizer only when a post body is about to render, so feeds of cards and the
 * contact form never pay for it; where the browser lacks the HTML Sanitizer API it also waits for
 * the DOMPurify fallback. Bundlers, the script-tag build included, make each a chunk of its own.
 */
export async function loadSanitizer(): Promise<typeof Sanitizer> {
  const sanitizer = await import('./sanitize.js');
  await sanitizer.ready();
  return sanitizer;
}
