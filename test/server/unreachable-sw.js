// Registered by a test: requests whose path ends with the `unreachable` query parameter of this
// script's URL fail as a dropped connection does. Works even when the module is in the HTTP cache.
const suffix = new URL(self.location.href).searchParams.get('unreachable');

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (suffix && new URL(event.request.url).pathname.endsWith(suffix)) event.respondWith(Response.error());
});
