/**
 * The library's one Trusted Types policy, `trade-widgets`, shared by everything that must hand a
 * string to a parser on a page that enforces Trusted Types: the body sanitizer and the RSS/Atom
 * reader. A page can create a policy name only once, so both use this one. It blesses a string only
 * while one of its users says it is working (each passes a gate), so it is no general bypass even
 * if it leaked; it never creates script or script URLs.
 */
export const TRUSTED_TYPES_POLICY_NAME = 'trade-widgets';

export interface TradeWidgetsPolicy {
  createHTML(input: string): string;
}

interface PolicyFactory {
  createPolicy(
    name: string,
    rules: { createHTML: (input: string) => string; createScriptURL: (input: string) => string },
  ): TradeWidgetsPolicy;
}

const gates: (() => boolean)[] = [];
let policy: TradeWidgetsPolicy | undefined;
let tried = false;

/**
 * The `trade-widgets` policy, created on first use; undefined where the browser has no Trusted Types
 * or the page does not allow the name. `gate` says when its caller is at work: only then does the
 * policy bless a string.
 */
export function tradeWidgetsPolicy(gate: () => boolean): TradeWidgetsPolicy | undefined {
  if (!gates.includes(gate)) gates.push(gate);
  if (tried) return policy;
  tried = true;
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return undefined;
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
      createHTML: (input) => {
        if (!gates.some((open) => open())) {
          throw new TypeError(`The ${TRUSTED_TYPES_POLICY_NAME} policy only serves the sanitizer and the feed reader.`);
        }
        return input;
      },
      createScriptURL: () => {
        throw new TypeError(`The ${TRUSTED_TYPES_POLICY_NAME} policy creates no script URLs.`);
      },
    });
  } catch {
    // The name is taken (another copy of the library) or not allowed by the page's CSP.
  }
  return policy;
}
