import { aTimeout, expect, html, fixtureSync } from '@open-wc/testing';
import { whenNearViewport } from '../../../src/shared/near-viewport.js';

describe('whenNearViewport', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('resolves true at once for an element in view', async () => {
    const el = fixtureSync(html`<div>in view</div>`);
    expect(await whenNearViewport(el)).to.be.true;
  });

  it('waits for an element far below the viewport until it is scrolled near', async () => {
    const wrapper = fixtureSync(
      html`<div>
        <div style="block-size: 5000px"></div>
        <div class="target">far</div>
      </div>`,
    );
    const target = wrapper.querySelector('.target')!;
    let near: boolean | undefined;
    void whenNearViewport(target, { rootMargin: '200px' }).then((value) => (near = value));
    await aTimeout(150);
    expect(near).to.equal(undefined);
    target.scrollIntoView();
    await aTimeout(150);
    expect(near).to.be.true;
  });

  it('resolves false when aborted, before or while waiting', async () => {
    const wrapper = fixtureSync(
      html`<div>
        <div style="block-size: 5000px"></div>
        <div class="target">far</div>
      </div>`,
    );
    const controller = new AbortController();
    const result = whenNearViewport(wrapper.querySelector('.target')!, { signal: controller.signal });
    controller.abort();
    expect(await result).to.be.false;
    expect(await whenNearViewport(wrapper, { signal: controller.signal })).to.be.false;
  });
});
