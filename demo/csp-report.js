// Counts Content-Security-Policy violations on this page, so anyone can see the widgets cause none.
const output = document.querySelector('#csp-violations');
const seen = [];
document.addEventListener('securitypolicyviolation', (event) => {
  seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
  if (output) output.textContent = String(seen.length);
  console.warn('CSP violation', event.violatedDirective, event.blockedURI);
});
