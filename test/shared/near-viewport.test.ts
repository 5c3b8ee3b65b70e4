import { aTimeout, expect, html, fixtureSync } from '@open-wc/testing';
import { whenNearViewport } from '../../src/shared/near-viewport.js';

/** A `.target` element 5000 px below the top of the page, far out of view. */
const farBelow = (): Element =>
  fixtureSync(
    html`<div>
      <div style="block-size: 5000px"></div>
      <div class="target">far</div>
    </div>`,
  ).querySelector('.target')!;

describe('whenNearViewport', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('resolves true at once for an element in view', async () => {
    const el = fixtureSync(html`<div>in view</div>`);
    expect(await whenNearViewport(el)).to.be.true;
  });

  it('waits for an element far below the viewport until it is scrolled near', async () => {
    const target = farBelow();
    let near: boolean | undefined;
    void whenNearViewport(target, { rootMargin: '200px' }).then((value) => (near = value));
    await aTimeout(150);
    expect(near).to.equal(undefined);
    target.scrollIntoView();
    await aTimeout(150);
    expect(near).to.be.true;
  });

  it('resolves false when aborted, before or while waiting', async () => {
    const target = farBelow();
    const controller = new AbortController();
    const result = whenNearViewport(target, { signal: controller.signal });
    controller.abort();
    expect(await result).to.be.false;
    expect(await whenNearViewport(target.parentElement!, { signal: controller.signal })).to.be.false;
  });
});
