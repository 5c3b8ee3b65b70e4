import { reserveBoxes } from './reserve.js';

/**
 * Registers a custom element once. A second copy of the library on the page (two script tags, or
 * the script tag next to the npm build) finds the tag taken and leaves the first definition in
 * place instead of throwing `NotSupportedError` into the host page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  // Through the script tag the loader has done this already; through npm it happens here.
  reserveBoxes();
  try {
    customElements.define(tag, ctor);
  } catch {
    // Lost a race with another copy defining the same tag, or the constructor was already used
    // under another name: either way the page already has a working element.
  }
}
