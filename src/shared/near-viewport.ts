/**
 * Resolves `true` once `element` comes within `rootMargin` of the viewport, or `false` when
 * `signal` aborts first (the element left the page). Browsers without IntersectionObserver load
 * at once rather than never.
 */
export function whenNearViewport(
  element: Element,
  { rootMargin = '200px', signal }: { rootMargin?: string; signal?: AbortSignal } = {},
): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    if (typeof IntersectionObserver === 'undefined') return resolve(true);
    // Settling twice is harmless: only the first answer counts.
    const finish = (near: boolean): void => {
      observer.disconnect();
      resolve(near);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) finish(true);
      },
      { rootMargin },
    );
    signal?.addEventListener('abort', () => finish(false));
    observer.observe(element);
  });
}
