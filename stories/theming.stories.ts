import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { designGlobals, widthValue } from '../.storybook/design-globals.js';
import { delayed, json, mockFetch } from './mock-fetch.js';
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
