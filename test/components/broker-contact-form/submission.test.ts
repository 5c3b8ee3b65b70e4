import { expect, html, waitUntil } from '@open-wc/testing';
import type {
  BrokerContactErrorDetail,
  BrokerContactSubmitDetail,
  BrokerContactSuccessDetail,
} from '../../../src/components/broker-contact-form/broker-contact-form.js';
import {
  alertText,
  bodyOf,
  control,
  errorFor,
  fill,
  form,
  formTests,
  ok,
  send,
  settle,
  statusText,
  submitButton,
  valid,
} from './helpers.js';
import { $, deferred, drain, focused, hang, json, nextEvent, stubFetch } from '../../helpers/index.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('<broker-contact-form> submission', function () {
  formTests(this);

  it('POSTs JSON with Accept, an Idempotency-Key and _meta, then shows success', async () => {
    const requests = stubFetch(() => ok({ ok: true, id: 'abc' }));
    const el = await form();
    await fill(el, { ...valid, phone: '+1 555 0100', company: 'Acme' });
    const { detail } = await send<BrokerContactSuccessDetail>(el, 'broker-contact-success');

    expect(requests).to.have.length(1);
    const request = requests[0]!;
    expect(request.method).to.equal('POST');
    expect(new URL(request.url).pathname).to.equal('/api/contact');
    expect(request.headers.get('Content-Type')).to.equal('application/json');
    expect(request.headers.get('Accept')).to.equal('application/json');
    expect(request.headers.get('Idempotency-Key')).to.match(uuid);

    const body = await bodyOf(request);
    expect(body).to.include({ ...valid, phone: '+1 555 0100', company: 'Acme' });
    expect(body).not.to.have.property('website');
    const meta = body['_meta'] as Record<string, unknown>;
    expect(meta['page']).to.equal(location.href.split('#')[0]);
    expect(meta['referrer']).to.equal(document.referrer);
    expect(meta['locale']).to.equal('en');
    expect(new Date(meta['submittedAt'] as string).getTime()).to.be.closeTo(Date.now(), 10_000);
    expect(meta['utm']).to.deep.equal({});

    expect(detail.response).to.deep.equal({ ok: true, id: 'abc' });
    expect(detail.status).to.equal(200);
    expect(detail.data).to.deep.equal(body);
    expect(statusText(el)).to.equal('Thanks for submitting!');
    expect($(el, 'form')!.hidden).to.be.true;
    expect(focused(el)).to.equal($(el, '[part="send-another-button"]'));
    await expect(el).to.be.accessible();
  });

  it('sends the page URL’s utm_* parameters in _meta.utm', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?utm_source=x&utm_campaign=spring&page=2#top`);
    try {
      const requests = stubFetch(() => ok());
      const el = await form();
      await fill(el, valid);
      await send(el, 'broker-contact-success');
      const meta = (await bodyOf(requests[0]!))['_meta'] as Record<string, unknown>;
      expect(meta['utm']).to.deep.equal({ utm_source: 'x', utm_campaign: 'spring' });
      expect(meta['page']).to.equal(`${location.origin}${location.pathname}?utm_source=x&utm_campaign=spring&page=2`);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('sends url-encoded fields and flattened _meta with encoding="form"', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?utm_source=x`);
    try {
      const requests = stubFetch(() => new Response(null, { status: 204 }));
      const el = await form({ action: 'https://forms.example.com/f/abc', encoding: 'form', lang: 'es' });
      await fill(el, valid);
      const { detail } = await send<BrokerContactSuccessDetail>(el, 'broker-contact-success');
      const request = requests[0]!;
      expect(request.url).to.equal('https://forms.example.com/f/abc');
      expect(request.headers.get('Content-Type')).to.match(/^application\/x-www-form-urlencoded/);
      expect(request.headers.get('Accept')).to.equal('application/json');
      expect(request.headers.get('Idempotency-Key')).to.match(uuid);
      const params = new URLSearchParams(await request.text());
      expect(params.get('name')).to.equal(valid.name);
      expect(params.get('email')).to.equal(valid.email);
      expect(params.get('message')).to.equal(valid.message);
      expect(params.get('_meta[locale]')).to.equal('es');
      expect(params.get('_meta[utm][utm_source]')).to.equal('x');
      expect(params.get('_meta[page]')).to.equal(location.href);
      expect(params.has('_meta[submittedAt]')).to.be.true;
      expect(detail.response).to.equal(null);
      expect(detail.status).to.equal(204);
      expect(statusText(el)).to.equal('¡Gracias por su mensaje!');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('reuses the Idempotency-Key when the same message is retried, and keeps every value', async () => {
    let calls = 0;
    const requests = stubFetch(() => (++calls === 1 ? json({ error: 'busy' }, { status: 503 }) : ok()));
    const el = await form();
    await fill(el, { ...valid, company: 'Acme' });
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    expect(detail.error).to.include({ kind: 'http', status: 503 });
    expect(alertText(el)).to.equal(
      'Something went wrong on our side (503). Your message is still here; please try again.',
    );
    expect(control(el, 'name').value).to.equal(valid.name);
    expect(control(el, 'company').value).to.equal('Acme');
    expect(control(el, 'message').value).to.equal(valid.message);
    expect(submitButton(el).disabled).to.be.false;
    await expect(el).to.be.accessible();

    await send(el, 'broker-contact-success');
    expect(requests).to.have.length(2);
    expect(requests[1]!.headers.get('Idempotency-Key')).to.equal(requests[0]!.headers.get('Idempotency-Key'));
  });

  it('uses a new Idempotency-Key once the message changed, and for the next message after success', async () => {
    let calls = 0;
    const requests = stubFetch(() => (++calls === 1 ? json({}, { status: 500 }) : ok()));
    const el = await form();
    await fill(el, valid);
    await send(el, 'broker-contact-error');
    await fill(el, { message: `${valid.message} And from Spain.` });
    await send(el, 'broker-contact-success');
    $<HTMLButtonElement>(el, '[part="send-another-button"]')!.click();
    await el.updateComplete;
    await fill(el, { ...valid, message: `${valid.message} And from Spain.` });
    await send(el, 'broker-contact-success');

    const keys = requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(3);
  });

  it('sends one request at a time: the button is disabled and says Sending… meanwhile', async () => {
    const answer = deferred<Response>();
    const requests = stubFetch(() => answer.promise);
    const el = await form();
    await fill(el, valid);
    submitButton(el).click();
    submitButton(el).click();
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    el.submit();
    await settle(el);
    expect(submitButton(el).disabled).to.be.true;
    expect(submitButton(el).textContent!.trim()).to.equal('Sending…');
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect((control(el, 'name') as HTMLInputElement).readOnly).to.be.true;
    expect(statusText(el)).to.equal('Sending…');
    await waitUntil(() => requests.length > 0, 'the message never went out');
    await drain();
    expect(requests).to.have.length(1);
    await expect(el).to.be.accessible();

    const success = nextEvent(el, 'broker-contact-success');
    answer.resolve(ok());
    await success;
    await el.updateComplete;
    expect(requests).to.have.length(1);
    expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('gives up after `timeout` ms with a timeout message and keeps the values', async () => {
    const requests = stubFetch(hang);
    const el = await form(html`<broker-contact-form action="/api/contact" timeout="60"></broker-contact-form>`);
    await fill(el, valid);
    const started = Date.now();
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    expect(Date.now() - started).to.be.below(3000);
    expect(requests).to.have.length(1);
    expect(detail.error.kind).to.equal('timeout');
    expect(alertText(el)).to.equal('The server took too long to answer. Your message is still here; please try again.');
    expect(control(el, 'message').value).to.equal(valid.message);
    expect(submitButton(el).disabled).to.be.false;
  });

  it('reports a network failure in an alert and keeps the values', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const el = await form();
    await fill(el, valid);
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    expect(detail.error.kind).to.equal('network');
    expect(detail.data).to.include(valid);
    expect(alertText(el)).to.equal('We couldn’t reach the server. Your message is still here; please try again.');
    expect(control(el, 'email').value).to.equal(valid.email);
    await expect(el).to.be.accessible();
  });

  it('puts a 422’s field errors on their fields and unknown ones in the alert', async () => {
    stubFetch(() =>
      json(
        {
          errors: [
            { field: 'email', message: 'This email address looks incomplete.' },
            { field: 'captcha', message: 'The anti-spam check failed.' },
          ],
        },
        { status: 422 },
      ),
    );
    const el = await form();
    await fill(el, valid);
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    expect(detail.error.kind).to.equal('http');
    expect(detail.error.status).to.equal(422);
    expect(detail.error.fieldErrors).to.deep.equal({
      email: 'This email address looks incomplete.',
      captcha: 'The anti-spam check failed.',
    });
    expect(errorFor(el, 'email')).to.equal('This email address looks incomplete.');
    expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'email').getAttribute('aria-describedby')).to.equal('error-email');
    expect(alertText(el)).to.contain('Please correct the highlighted fields.');
    expect(alertText(el)).to.contain('The anti-spam check failed.');
    await el.updateComplete;
    expect(focused(el)).to.equal(control(el, 'email'));
    await expect(el).to.be.accessible();

    await fill(el, { email: 'ada@example.org' });
    expect(errorFor(el, 'email')).to.equal(undefined);
  });

  it('shows server messages that name no field of the form in the alert', async () => {
    stubFetch(() => json({ errors: [{ message: 'Submissions are closed today.' }] }, { status: 400 }));
    const el = await form();
    await fill(el, valid);
    await send(el, 'broker-contact-error');
    expect(alertText(el)).to.equal('Submissions are closed today.');
  });

  it('tells the person how long to wait after a 429 with Retry-After, and does not resend early', async () => {
    const requests = stubFetch(() => json({}, { status: 429, headers: { 'Retry-After': '30' } }));
    const el = await form();
    await fill(el, valid);
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    expect(detail.error).to.include({ kind: 'http', status: 429, retryAfter: 30 });
    expect(alertText(el)).to.equal('Too many messages right now. Please try again in 30 seconds.');

    const again = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    expect(requests).to.have.length(1);
    expect(again.detail.error.retryAfter).to.be.within(29, 30);
    expect(alertText(el)).to.match(/Please try again in (29|30) seconds\./);
  });

  it('reads a Retry-After HTTP date', async () => {
    const when = new Date(Date.now() + 120_000).toUTCString();
    stubFetch(() => json({}, { status: 429, headers: { 'Retry-After': when } }));
    const el = await form();
    await fill(el, valid);
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    expect(detail.error.retryAfter).to.be.within(115, 121);
    expect(alertText(el)).to.match(/Please try again in 1(1[5-9]|20|21) seconds\./);
  });

  it('says so when the browser is offline, without trying to send', async () => {
    const requests = stubFetch(() => ok());
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await form();
      await fill(el, valid);
      const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
      expect(requests).to.have.length(0);
      expect(detail.error.kind).to.equal('offline');
      expect(alertText(el)).to.equal(
        'You appear to be offline. Your message is still here; send it once you’re connected.',
      );
      expect(control(el, 'name').value).to.equal(valid.name);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
    expect(navigator.onLine).to.be.true;
  });

  it('reports a fetch that fails because the connection dropped as offline', async () => {
    stubFetch(() => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    try {
      const el = await form();
      await fill(el, valid);
      const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
      expect(detail.error.kind).to.equal('offline');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
  });

  it('shows success but sends nothing and fires no event when the honeypot is filled', async () => {
    const requests = stubFetch(() => ok());
    const el = await form();
    const events: string[] = [];
    for (const name of ['broker-contact-submit', 'broker-contact-success', 'broker-contact-error']) {
      el.addEventListener(name, () => events.push(name));
    }
    $<HTMLInputElement>(el, 'input[name="website"]')!.value = 'https://cheap-pills.example';
    await fill(el, { name: 'Bot' });
    submitButton(el).click();
    await el.updateComplete;
    await drain();
    expect(requests).to.have.length(0);
    expect(events).to.deep.equal([]);
    expect(statusText(el)).to.equal('Thanks for submitting!');
    expect($(el, 'form')!.hidden).to.be.true;
  });

  it('lets a submit listener cancel and send the message itself', async () => {
    const requests = stubFetch(() => ok());
    const el = await form(html`<broker-contact-form></broker-contact-form>`);
    let received: BrokerContactSubmitDetail | undefined;
    el.addEventListener('broker-contact-submit', (event) => {
      received = event.detail;
      event.preventDefault();
    });
    await fill(el, valid);
    submitButton(el).click();
    await el.updateComplete;
    await drain();
    expect(requests).to.have.length(0);
    expect(received!.data).to.include(valid);
    expect(received!.data._meta.locale).to.equal('en');
    expect(alertText(el)).to.equal('');
    expect(control(el, 'name').value).to.equal(valid.name);

    el.markSent();
    await el.updateComplete;
    expect(statusText(el)).to.equal('Thanks for submitting!');
    el.reset();
    await el.updateComplete;
    expect($(el, 'form')!.hidden).to.be.false;
    expect(control(el, 'name').value).to.equal('');
  });

  it('refuses a javascript: action with a warning, an alert and an error event, and never follows it', async () => {
    const requests = stubFetch(() => ok());
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await form(
        html`<broker-contact-form action="javascript:alert(document.domain)"></broker-contact-form>`,
      );
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('javascript:alert(document.domain)');
      expect(alertText(el)).to.equal('This form isn’t set up to send messages. Please contact us another way.');
      await expect(el).to.be.accessible();

      await fill(el, valid);
      const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
      expect(detail.error.kind).to.equal('config');
      expect(requests).to.have.length(0);
      expect(location.protocol).to.match(/^https?:$/);
      expect(alertText(el)).to.equal('This form isn’t set up to send messages. Please contact us another way.');
      expect(control(el, 'message').value).to.equal(valid.message);
    } finally {
      console.warn = warn;
    }
  });

  it('refuses to send without an action when nobody handles the submit event', async () => {
    const requests = stubFetch(() => ok());
    const warn = console.warn;
    let warned = '';
    console.warn = (message: unknown) => (warned = String(message));
    try {
      const el = await form(html`<broker-contact-form></broker-contact-form>`);
      await fill(el, valid);
      const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
      expect(detail.error.kind).to.equal('config');
      expect(requests).to.have.length(0);
      expect(warned).to.contain('no action');
    } finally {
      console.warn = warn;
    }
  });

  it('returns to an empty form with focus on the first field after “Send another message”', async () => {
    stubFetch(() => ok());
    const el = await form(
      html`<broker-contact-form action="/api/contact" success-message="Got it, thanks!"></broker-contact-form>`,
    );
    await fill(el, { ...valid, company: 'Acme' });
    await send(el, 'broker-contact-success');
    expect(statusText(el)).to.equal('Got it, thanks!');
    $<HTMLButtonElement>(el, '[part="send-another-button"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, 'form')!.hidden).to.be.false;
    for (const name of ['name', 'email', 'phone', 'company', 'message'])
      expect(control(el, name).value, name).to.equal('');
    expect(errorFor(el, 'name')).to.equal(undefined);
    expect(statusText(el)).to.equal('');
    await waitUntil(() => focused(el) === control(el, 'name'), 'focus on the first field', {
      timeout: 4000,
    });
    await expect(el).to.be.accessible();
  });

  it('shows Spanish failure messages with lang="es"', async () => {
    stubFetch(() => json({}, { status: 500 }));
    const el = await form(html`<broker-contact-form action="/api/contact" lang="es"></broker-contact-form>`);
    await fill(el, valid);
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    const text = 'Algo salió mal de nuestro lado (500). Su mensaje sigue aquí; inténtelo de nuevo.';
    expect(alertText(el)).to.equal(text);
    expect(detail.error.message).to.equal(text);
  });
  it('asks for patience after a 429 without Retry-After', async () => {
    stubFetch(() => json({}, { status: 429 }));
    const el = await form();
    await fill(el, valid);
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');
    expect(detail.error.retryAfter).to.equal(undefined);
    expect(alertText(el)).to.equal('Too many messages right now. Please try again in a little while.');
  });

  it('counts a 2xx as delivered even when its body never finishes', async () => {
    stubFetch((request) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          request.signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { status: 201, headers: { 'Content-Type': 'application/json' } });
    });
    const el = await form(html`<broker-contact-form action="/api/contact" timeout="60"></broker-contact-form>`);
    await fill(el, valid);
    const { detail } = await send<BrokerContactSuccessDetail>(el, 'broker-contact-success');
    expect(detail.status).to.equal(201);
    expect(detail.response).to.equal(null);
  });

  it('sends repeated and multi-select extra names as lists and never lets them replace built-in fields', async () => {
    const requests = stubFetch(() => ok());
    const el = await form(
      html`<broker-contact-form action="/api/contact">
        <fieldset slot="extra">
          <legend>Modes</legend>
          <label><input type="checkbox" name="mode" value="air" checked /> Air</label>
          <label><input type="checkbox" name="mode" value="sea" checked /> Sea</label>
          <label
            >Ports
            <select name="ports" multiple>
              <option selected>Miami</option>
              <option>Houston</option>
            </select></label
          >
          <input type="hidden" name="email" value="attacker@example.com" />
          <input type="text" name="ignored-when-disabled" value="x" disabled aria-label="Disabled" />
        </fieldset>
      </broker-contact-form>`,
    );
    await fill(el, valid);
    await send(el, 'broker-contact-success');
    const body = await bodyOf(requests[0]!);
    expect(body['mode']).to.deep.equal(['air', 'sea']);
    expect(body['ports']).to.deep.equal(['Miami']);
    expect(body['email']).to.equal(valid.email);
    expect(body).not.to.have.property('ignored-when-disabled');
  });
  it('keeps the Idempotency-Key when only a hidden CAPTCHA token changed between attempts', async () => {
    let calls = 0;
    const requests = stubFetch(() => (++calls === 1 ? json({}, { status: 500 }) : ok()));
    const el = await form(
      html`<broker-contact-form action="/api/contact">
        <div slot="extra">
          <input type="hidden" name="cf-turnstile-response" value="first" />
          <textarea name="g-recaptcha-response" hidden>first</textarea>
        </div>
      </broker-contact-form>`,
    );
    await fill(el, valid);
    await send(el, 'broker-contact-error');
    el.querySelector<HTMLInputElement>('[name="cf-turnstile-response"]')!.value = 'second';
    el.querySelector<HTMLTextAreaElement>('[name="g-recaptcha-response"]')!.value = 'second';
    await send(el, 'broker-contact-success');
    expect((await bodyOf(requests[1]!))['cf-turnstile-response']).to.equal('second');
    expect(requests[1]!.headers.get('Idempotency-Key')).to.equal(requests[0]!.headers.get('Idempotency-Key'));
  });
});
