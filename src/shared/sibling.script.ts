// Captured while the bundle runs for the first time: `currentScript` is only set during that run.
// With `async` and injected scripts it can be null, so fall back to finding our own tag.
const bundleUrl = ((): string => {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  const tag = document.querySelector<HTMLScriptElement>('script[src*="trade-widgets"]');
  return tag?.src || document.baseURI;
})();

const loading = new Map<string, Promise<unknown>>();

/**
 * Imports an ES module that the script-tag build writes beside `trade-widgets.min.js` (the
 * sanitizer, a translation). The bundle is one classic script, so these cannot be static imports;
 * each file is fetched once, on first use, and a failed load may be tried again later.
 */
export function loadSibling<T>(file: string): Promise<T> {
  let pending = loading.get(file);
  if (!pending) {
    pending = import(/* @vite-ignore */ new URL(file, bundleUrl).href);
    pending.catch(() => loading.delete(file));
    loading.set(file, pending);
  }
  return pending as Promise<T>;
}
