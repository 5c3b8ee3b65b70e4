/** The browser engines the tests run in (see scripts/engines.js). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this test file runs in. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

type TestFunction = (title: string, fn: Mocha.AsyncFunc | Mocha.Func) => Mocha.Test;

/**
 * `it` in `engines`; in any other engine the test is reported as pending with `reason` in its
 * title, never silently left out. For features some engines lack (layout-shift entries, CDP-only
 * commands, long-task timing): `onlyIn(['chromium'], 'layout-shift entries are Chromium-only')(…)`.
 */
export function onlyIn(engines: readonly Engine[], reason: string): TestFunction {
  return engines.includes(engine) ? it : (title, fn) => it.skip(`${title} (not in ${engine}: ${reason})`, fn);
}
