import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, startHarness, type Harness } from '../configurator/harness.js';

// The demo's strict-CSP page (demo/csp.html, served by the demo server with the partner policy)
// shows how many policy violations happened on it: none from the widgets, and each real one.

let harness: Harness;

before(async () => {
  harness = await startHarness();
});

after(async () => {
  await harness?.close();
});

describe('the strict-CSP demo page', () => {
  it('counts no violation from the widgets, and shows one the page causes', async () => {
    const page = await newPage(harness.browser);
    await page.goto(`${harness.demo}/csp.html`);
    await page.waitForFunction(
      () => document.querySelector('trade-news-feed')?.shadowRoot?.querySelector('trade-post'),
      { timeout: 15_000 },
    );
    const counter = () => page.$eval('#csp-violations', (output) => output.textContent);
    assert.equal(await counter(), '0');
    assert.deepEqual(page.problems, []);

    // An inline style element: style-src 'self' refuses it, once.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.append('body { outline: 1px solid red; }');
      document.head.append(style);
    });
    await page.waitForFunction(() => document.querySelector('#csp-violations')?.textContent === '1', {
      timeout: 5_000,
    });
    // The page's own report and the recorder of newPage both log it; both name the directive.
    assert.ok(page.problems.length > 0 && page.problems.every((line) => /style-src/.test(line)), String(page.problems));
    assert.equal(await counter(), '1');
    await page.close();
  });
});
