/** The Trusted Types rules of the partner CSP in API.md: only these three policies may exist. */
export const partnerTrustedTypes = "require-trusted-types-for 'script'; trusted-types lit-html dompurify trade-widgets";

/** The whole strict partner CSP of API.md: no inline script or style, and its Trusted Types rules. */
export const strictPartnerCsp = `script-src 'self'; style-src 'self'; object-src 'none'; ${partnerTrustedTypes}`;

/** What `window.trustedTypes` offers the tests. */
export interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML?: (s: string) => string }): unknown;
}

/**
 * Enforces `policy` on this test file's page from here on (each test file gets its own page), as a
 * partner page's header would; returns the page's `trustedTypes`.
 */
export function enforceCsp(policy: string = partnerTrustedTypes): PolicyFactory {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
  return (window as unknown as { trustedTypes: PolicyFactory }).trustedTypes;
}
