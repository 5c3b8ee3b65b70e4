import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { designGlobals, widthValue } from '../.storybook/design-globals.js';
import { delayed, json, mockFetch } from './mock-fetch.js';
import { settled } from './story-utils.js';
import { defineThemingWorkbench } from './theming/theming-workbench.js';

defineThemingWorkbench();

/**
 * Every CSS custom property of the three elements, a control for each, the elements side by side
 * in the light and dark themes restyled live, and the resulting CSS to copy. The toolbar's
 * Language and Direction apply; Container width sets each element's column.
 */
const meta: Meta = {
  title: 'Design/Theming',
  tags: ['!autodocs'],
  // The form in the preview can be sent: it gets the same answer as its own stories.
  beforeEach: mockFetch({
    '/stories/contact': delayed(600, json({ ok: true, id: 'msg_2023_12_0042' }, { status: 201 })),
  }),
  parameters: {
    layout: 'padded',
    frame: { width: false },
    controls: { disable: true },
    actions: { disable: true },
    // Each element is shown twice on purpose (light and dark), so its landmark's name repeats.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: (_args, { globals }) =>
    html`<theming-workbench
      container-width=${ifDefined(widthValue(designGlobals(globals).width))}
    ></theming-workbench>`,
};

export default meta;

export const Theming: StoryObj = {};

/**
 * The page after a designer typed a red border colour and square corners: both themes' elements use
 * them, and "Your CSS" holds the two declarations. (One accent colour cannot read well on both the
 * light and the dark surface, so accents are best set per theme.)
 */
export const BorderAndRadiusEdited: StoryObj = {
  name: 'Border and radius edited',
  play: async ({ canvasElement }) => {
    const workbench = await settled(() => {
      const found = canvasElement.querySelector('theming-workbench');
      if (!found?.shadowRoot?.querySelector('table')) throw new Error('<theming-workbench> has not rendered yet');
      return found;
    });
    const root = workbench.shadowRoot!;
    await userEvent.type(root.querySelector<HTMLInputElement>('#value--trade-color-border')!, '#c0392b');
    await userEvent.type(root.querySelector<HTMLInputElement>('#value--trade-radius')!, '0');
    const fields = [...root.querySelectorAll('broker-contact-form')].map((form) =>
      form.shadowRoot!.querySelector<HTMLElement>('#field-name')!,
    );
    expect(fields).toHaveLength(2);
    await settled(() => {
      for (const field of fields) {
        expect(getComputedStyle(field).borderTopColor).toBe('rgb(192, 57, 43)');
        expect(getComputedStyle(field).borderTopLeftRadius).toBe('0px');
      }
    });
    const css = root.querySelector('.css code')!.textContent!;
    expect(css).toContain('--trade-color-border: #c0392b;');
    expect(css).toContain('--trade-radius: 0;');
  },
};
