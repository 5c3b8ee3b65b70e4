import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define.js';

describe('defineElement', () => {
  it('registers a tag once and ignores a second definition instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('test-define-once', First);
    expect(() => defineElement('test-define-once', Second)).not.to.throw();
    expect(customElements.get('test-define-once')).to.equal(First);
  });
});
