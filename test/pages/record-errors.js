// Loaded first by every test page: keeps what went wrong where the test in the parent frame can
// read it, because errors inside an iframe never reach the test runner.
window.recorded = { errors: [], violations: [] };
window.addEventListener('error', (event) => window.recorded.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
