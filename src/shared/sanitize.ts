import DOMPurify from 'dompurify';

/** Placeholder until the sanitizer lands. */
export function sanitizeBody(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
}
