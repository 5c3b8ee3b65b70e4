// Counts Content-Security-Policy violations on this page, so anyone can see the widgets cause none.
// It runs in <head>, before anything can violate the policy and before the counter exists, so it
// looks the counter up each time it shows the count (and once the page is parsed).
const seen = [];
const show = () => {
  const output = document.getElementById('csp-violations');
  if (output) output.textContent = String(seen.length);
};
document.addEventListener('securitypolicyviolation', (event) => {
  seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
  show();
  console.warn('CSP violation', event.violatedDirective, event.blockedURI);
});
document.addEventListener('DOMContentLoaded', show);
