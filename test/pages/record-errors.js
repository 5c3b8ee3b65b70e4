// Loaded first by every test page: keeps what went wrong where the test in the parent frame can
// read it, because errors inside an iframe never reach the test runner.
window.recorded = { errors: [], violations: [] };
window.addEventListener('error', (event) => window.recorded.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
// Vite's recipe for apps reloads the page on `vite:preloadError`: a file of ours that cannot be
// fetched must never send it to the partner's window.
window.addEventListener('vite:preloadError', () => window.recorded.errors.push('vite:preloadError'));
