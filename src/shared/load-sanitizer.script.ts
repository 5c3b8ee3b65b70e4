import type * as Sanitizer from './sanitize.js';

/** The file the script-tag build writes next to `trade-widgets.min.js`. */
export const SANITIZER_FILE = 'trade-widgets.sanitize.js';

// Captured while the bundle runs for the first time: `currentScript` is only set during that run.
// With `async` and injected scripts it can be null, so fall back to finding our own tag.
const bundleUrl = ((): string => {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  const tag = document.querySelector<HTMLScriptElement>('script[src*="trade-widgets"]');
  return tag?.src || document.baseURI;
})();

let pending: Promise<typeof Sanitizer> | undefined;

/**
 * The script-tag bundle is one classic script, so the sanitizer cannot be a static import: it is a
 * small ES module beside the bundle, fetched once on the first post body.
 */
export function loadSanitizer(): Promise<typeof Sanitizer> {
  pending ??= import(/* @vite-ignore */ new URL(SANITIZER_FILE, bundleUrl).href) as Promise<typeof Sanitizer>;
  pending.catch(() => (pending = undefined));
  return pending;
}
