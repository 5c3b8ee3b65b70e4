/**
 * Resolves `true` once `element` comes within `rootMargin` of the viewport, or `false` when
 * `signal` aborts first (the element left the page). Browsers without IntersectionObserver load
 * at once rather than never.
 */
export function whenNearViewport(
  element: Element,
  { rootMargin = '200px', signal }: { rootMargin?: string; signal?: AbortSignal } = {},
): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve(true);

  return new Promise((resolve) => {
    const finish = (near: boolean): void => {
      observer.disconnect();
      signal?.removeEventListener('abort', onAbort);
      resolve(near);
    };
    const onAbort = (): void => finish(false);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) finish(true);
      },
      { rootMargin },
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    observer.observe(element);
  });
}
