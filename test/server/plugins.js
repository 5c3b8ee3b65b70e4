/**
 * Test-server additions: response headers and endpoints that browser tests load by URL.
 *
 * - Pages under /test/pages/ whose name starts with `csp-` are served with the strict
 *   Content-Security-Policy partners use, so a test can load them in an iframe and count violations.
 * - POST /test-api/contact answers like the demo's contact endpoint.
 * - /test/server/unreachable-sw.js may control the whole origin (`Service-Worker-Allowed: /`): a
 *   test registers it to make one module fail to load, as for a visitor who lost the connection.
 */
export const strictCsp =
  "script-src 'self'; style-src 'self'; object-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify trade-widgets";

async function strictCspPages(context, next) {
  await next();
  if (/^\/test\/pages\/csp-[\w-]+\.html$/.test(context.path)) {
    context.set('Content-Security-Policy', strictCsp);
  }
}

async function contactEndpoint(context, next) {
  if (context.path !== '/test-api/contact') return next();
  context.status = 200;
  context.type = 'application/json';
  context.body = JSON.stringify({ ok: true, id: 'test' });
}

async function serviceWorkerScope(context, next) {
  await next();
  if (context.path === '/test/server/unreachable-sw.js') context.set('Service-Worker-Allowed', '/');
}

export const testServerMiddleware = [strictCspPages, contactEndpoint, serviceWorkerScope];
