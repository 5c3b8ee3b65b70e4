import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent } from 'storybook/test';
import '../src/broker-contact-form.js';
import type { BrokerContactForm } from '../src/broker-contact-form.js';
import { delayed, hang, json, mockFetch, status } from './mock-fetch.js';
import { rendered, settled, tokenStyle, uiText } from './story-utils.js';

/** The attributes of `<broker-contact-form>` as HTML writes them. */
interface FormArgs {
  action?: string;
  encoding?: 'json' | 'form';
  fields?: string;
  required?: string;
  topics?: string;
  consent?: string;
  heading?: string;
  'submit-label'?: string;
  'success-message'?: string;
  timeout?: number;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  [token: `--${string}`]: string | undefined;
}

/** A sending story must stay "Sending…" while a designer looks at it, not time out after 15 s. */
const ONE_HOUR = 3_600_000;

const topics = 'Customs clearance, Tariff classification, Section 301 exclusions, Duty drawback, Something else';
const consent = 'I agree that Trade Logic International may contact me about this request.';

const meta: Meta<FormArgs> = {
  title: 'Elements/broker-contact-form',
  component: 'broker-contact-form',
  decorators: [
    withActions,
    (story) =>
      html`<div class="story-form-width">${story()}</div>
        <style>
          .story-form-width {
            max-inline-size: 40rem;
          }
        </style>`,
  ],
  beforeEach: mockFetch({
    // A real endpoint takes a moment: long enough to see "Sending…" after pressing the button.
    '/stories/contact': delayed(600, json({ ok: true, id: 'msg_2023_12_0042' }, { status: 201 })),
    '/stories/contact-hang': hang(),
    '/stories/contact-500': delayed(400, status(500, { error: 'Internal Server Error' })),
    '/stories/contact-422': delayed(
      400,
      status(422, {
        errors: [
          { field: 'email', message: 'This address bounced last time; please check it.' },
          { field: 'company', message: 'Please give the company name on your customs bond.' },
        ],
      }),
    ),
  }),
  parameters: {
    actions: { handles: ['broker-contact-submit', 'broker-contact-success', 'broker-contact-error'] },
  },
  args: { action: '/stories/contact' },
  argTypes: { encoding: { control: 'inline-radio', options: ['json', 'form'] } },
  render: (args) => html`
    <broker-contact-form
      action=${ifDefined(args.action)}
      encoding=${ifDefined(args.encoding)}
      fields=${ifDefined(args.fields)}
      required=${ifDefined(args.required)}
      topics=${ifDefined(args.topics)}
      consent=${ifDefined(args.consent)}
      heading=${ifDefined(args.heading)}
      submit-label=${ifDefined(args['submit-label'])}
      success-message=${ifDefined(args['success-message'])}
      timeout=${ifDefined(args.timeout)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      style=${ifDefined(tokenStyle(args))}
    ></broker-contact-form>
  `,
};

export default meta;
type Story = StoryObj<FormArgs>;

const visitor = {
  name: 'Maria Gonzalez',
  email: 'maria.gonzalez@example.com',
  phone: '+1 (305) 555-0142',
  company: 'Gulf Coast Importers LLC',
  message:
    'We import furniture components from China. Could you check our classifications and whether the Section 301 exclusions still apply to our January shipments?',
};

/** Types into the form's own fields, as a visitor would. */
async function fill(root: ShadowRoot, values: Partial<Record<keyof typeof visitor, string>>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const control = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
    if (!control) throw new Error(`no field named ${name}`);
    await userEvent.type(control, value);
  }
}

async function submitted(canvasElement: HTMLElement): Promise<{ element: BrokerContactForm; root: ShadowRoot }> {
  const { element, root } = await rendered<BrokerContactForm>(canvasElement, 'broker-contact-form');
  await fill(root, visitor);
  await userEvent.click(root.querySelector('[part~="submit-button"]')!);
  return { element, root };
}

/** The seed page's form: name, email, phone, company and message; name, email and message required. */
export const Default: Story = {};

/** A required "Topic" select and a required consent checkbox. */
export const WithTopicsAndConsent: Story = {
  name: 'With topics and consent',
  args: { topics, consent },
};

/**
 * "Send" pressed with the name and message empty and an unfinished email address: each problem
 * shows next to its field and focus moves to the first one.
 */
export const ValidationErrors: Story = {
  args: { topics, consent },
  play: async ({ canvasElement }) => {
    const { root } = await rendered<BrokerContactForm>(canvasElement, 'broker-contact-form');
    await fill(root, { email: 'maria.gonzalez@' });
    await userEvent.click(root.querySelector('[part~="submit-button"]')!);
    await settled(() => expect(root.querySelector('#field-name')?.getAttribute('aria-invalid')).toBe('true'));
    expect(root.querySelector('#field-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#field-message')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.activeElement?.id).toBe('field-name');
  },
};

/** The message is on its way: the button is disabled and reads "Sending…". The endpoint never answers. */
export const Sending: Story = {
  args: { action: '/stories/contact-hang', timeout: ONE_HOUR },
  play: async ({ canvasElement }) => {
    const { root } = await submitted(canvasElement);
    await settled(() => expect(root.querySelector('[part~="submit-button"]')).toBeDisabled());
  },
};

/** The endpoint answers 500: an alert, and everything typed is still there to send again. */
export const ServerError: Story = {
  args: { action: '/stories/contact-500' },
  play: async ({ canvasElement }) => {
    const { root } = await submitted(canvasElement);
    await settled(() => expect(root.querySelector('[role="alert"]')?.textContent?.trim()).not.toBe(''));
    expect(root.querySelector<HTMLInputElement>('#field-email')?.value).toBe(visitor.email);
  },
};

/** The endpoint answers 422 with a message per field: each shows next to its field. */
export const ServerFieldErrors: Story = {
  name: 'Server field errors (422)',
  args: { action: '/stories/contact-422' },
  play: async ({ canvasElement }) => {
    const { root } = await submitted(canvasElement);
    await settled(() => expect(root.querySelector('#field-email')?.getAttribute('aria-invalid')).toBe('true'));
    expect(root.textContent).toContain('This address bounced last time');
  },
};

/** The message was accepted: "Thanks for submitting!" and a button to send another. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const { element, root } = await submitted(canvasElement);
    await settled(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toContain(uiText(element, 'form.success')),
    );
  },
};

/** Spanish labels, messages and button (`lang="es"`), with Spanish topics and consent text. */
export const Spanish: Story = {
  globals: { lang: 'es' },
  args: {
    topics: 'Despacho aduanero, Clasificación arancelaria, Exclusiones de la Sección 301, Otro asunto',
    consent: 'Acepto que Trade Logic International me contacte sobre esta solicitud.',
  },
};

/** The built-in dark theme on a dark page. */
export const Dark: Story = {
  args: { topics, consent },
  globals: { theme: 'dark' },
};
