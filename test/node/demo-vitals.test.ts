import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { clsTarget, delays, demoPages, measurePage, startDemoServer, viewports } from '../../bench/vitals.js';
import { root } from '../../bench/sizes.js';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';

// A good guest on a partner's page: the widgets never move it. Each demo page, loaded with the
// script tag as the demo ships it, its script files 150 ms late and its feed 800 ms late (so the
// widgets arrive after the first paint), must keep its Cumulative Layout Shift, as the web-vitals
// library reports it with every change, at or under 0.02, at a laptop's and a phone's width.
// Needs dist/ (`npm run build:bundle`, which `npm test` runs first).

describe(`demo pages: CLS ≤ ${clsTarget} with the script ${delays.script} ms and the feed ${delays.feed} ms late`, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startDemoServer>>;

  before(async () => {
    assert.ok(
      existsSync(join(root, 'dist/trade-widgets.min.js')),
      'no dist/trade-widgets.min.js: run npm run build:bundle',
    );
    server = await startDemoServer();
    browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const page of demoPages) {
    for (const viewport of Object.values(viewports)) {
      it(`${page} at ${viewport.width} px`, async () => {
        const result = await measurePage(browser, server.origin, page, viewport, { inp: false });
        const moved = result.shifts.map(
          (shift) => `${shift.value.toFixed(3)} at ${shift.at} ms (${shift.sources.join(', ')})`,
        );
        console.log(
          `CLS ${result.cls.toFixed(3)}  ${page} at ${viewport.width} px${moved.length ? `: ${moved.join('; ')}` : ''}`,
        );
        assert.ok(
          result.cls <= clsTarget,
          `${page} at ${viewport.width} px: CLS ${result.cls.toFixed(3)} > ${clsTarget}; most moved: ${result.shiftTarget ?? '?'}; shifts ${moved.join('; ')}`,
        );
      });
    }
  }
});
