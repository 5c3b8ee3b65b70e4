/**
 * The browser tests' harness: import what a test needs from here (`../helpers/index.js`), not
 * from the modules behind it, and not `oneEvent` or `aTimeout` from `@open-wc/testing` (lint
 * refuses them: `nextEvent` and the fakes below replace them).
 *
 * - Reaching inside an element: `shadow(el)` is the one way to its shadow root; `$`, `$$` and
 *   `part` query it, `focused(el)` is what has focus in it, `text`/`textOf` read what a person
 *   reads.
 * - Events: `nextEvent(target, name)` is the one event helper (`document` hears every event of
 *   the library, which bubble and are composed). Call it before the action that fires the event.
 * - The network: `stubFetch(handler)` answers each request with a real `Response` (`json`,
 *   `deferred`, `hang` help build them). The real `fetch` comes back, and the feed cache empties,
 *   after every test, in one place (`restoreFetch`, registered once in `fetch.ts`): no test file
 *   registers it again.
 * - Time and visibility: no fixed sleeps. Where time is the subject, `fakeClock()` moves only when
 *   the test calls `tick(ms)`; where visibility is, `fakeIntersection()` makes an element come
 *   near the viewport only when the test calls `reveal(el)`. To assert that something did not
 *   happen, `drain()` lets everything under way run out (it waits for no amount of time); to wait
 *   for something that will happen, use `waitUntil` or the event.
 * - Feeds and fixtures: `feedUrl`, `item`, `items`, `jsonFeed`, `titledFeed`, `itemOf`,
 *   `storedKeys`; `fixtureText`, `fixtureBytes`.
 * - Pages: `enforceCsp()` puts the partner CSP on this file's page; `openPage(name)` opens a
 *   partner page of test/server/pages.js in an iframe (`closePages()` after each test);
 *   `makeUnreachable(path)` makes one file fail to load as if offline.
 * - Engines: `engine` names the engine the file runs in; `onlyIn(engines, reason)` runs a test in
 *   those engines alone, for a feature the others lack, and says why in every other engine.
 */
export * from './clock.js';
export * from './csp.js';
export * from './engine.js';
export * from './feeds.js';
export * from './fetch.js';
export * from './fixtures.js';
export * from './frames.js';
export * from './observers.js';
export * from './page.js';
export * from './responses.js';
export * from './unreachable.js';
