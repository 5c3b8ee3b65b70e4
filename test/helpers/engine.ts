import { sendKeys } from '@web/test-runner-commands';

/** The browser engines the tests run in (see scripts/engines.js). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this test file runs in. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

type TestFunction = (title: string, fn: (this: Mocha.Context) => unknown) => Mocha.Test;

/**
 * `it` in `engines`; in any other engine the test is reported as pending with `reason` in its
 * title, never silently left out. For features some engines lack (layout-shift entries, CDP-only
 * commands, long-task timing): `onlyIn(['chromium'], 'layout-shift entries are Chromium-only')(…)`.
 */
export function onlyIn(engines: readonly Engine[], reason: string): TestFunction {
  if (engines.includes(engine)) return (title, fn) => it(title, fn as Mocha.Func);
  return (title, fn) => it.skip(`${title} (not in ${engine}: ${reason})`, fn as Mocha.Func);
}

/**
 * Types `text` with real key presses. WebDriver classic (WebKit) sends the keys of one call as a
 * chord, so a repeated letter or a space would be lost: there each key is its own press.
 */
export async function typeText(text: string): Promise<void> {
  if (engine !== 'webkit') return sendKeys({ type: text });
  for (const key of text) await sendKeys({ press: key });
}
