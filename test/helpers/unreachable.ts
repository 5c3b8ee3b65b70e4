/**
 * Makes every request whose path ends in `path` fail as if the connection dropped, for the rest of
 * this page's browser context (one per test file), even when the file is in the HTTP cache: a
 * service worker (test/server/unreachable-sw.js) answers it with a network error. Resolves once
 * the worker controls the page; unregister the returned registration to undo it.
 */
export async function makeUnreachable(path: string): Promise<ServiceWorkerRegistration> {
  const controlled = new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
  );
  const registration = await navigator.serviceWorker.register(
    `/test/server/unreachable-sw.js?unreachable=${encodeURIComponent(path)}`,
    { scope: '/' },
  );
  await controlled;
  return registration;
}
