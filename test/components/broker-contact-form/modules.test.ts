import { pageUrl } from '../../../src/shared/url.js';
import { expect } from '@open-wc/testing';
import {
  controlOrder,
  emptyValues,
  formRules,
  parseFields,
  parseRequired,
  parseTopics,
  type ControlName,
} from '../../../src/components/broker-contact-form/fields.js';
import {
  idempotencyFor,
  newIdempotencyKey,
  parseRetryAfter,
  toFormBody,
} from '../../../src/components/broker-contact-form/send.js';
import { utmParameters, type ContactData } from '../../../src/components/broker-contact-form/submission.js';

import { validateAll } from '../../../src/components/broker-contact-form/validation.js';

describe('broker-contact-form modules', () => {
  it('parses fields, required names and topics leniently', () => {
    expect(parseFields('email, name  bogus name')).to.deep.equal(['email', 'name']);
    expect(parseFields('bogus')).to.deep.equal(['name', 'email', 'phone', 'company', 'message']);
    expect([...parseRequired('NAME phone', ['name', 'email'])]).to.deep.equal(['name']);
    expect([...parseRequired('', ['name'])]).to.deep.equal([]);
    expect(parseTopics(' A ,B,, A ')).to.deep.equal(['A', 'B']);
    expect(controlOrder(['name', 'message'], true, true)).to.deep.equal(['name', 'topic', 'message', 'consent']);
    expect(controlOrder(['name'], true, false)).to.deep.equal(['name', 'topic']);
  });

  it('validates in control order', () => {
    const rules = { ...formRules({ required: 'message name' }), order: ['name', 'email', 'message'] as ControlName[] };
    const problems = validateAll({ ...emptyValues, email: 'bad' }, rules);
    expect([...problems.keys()]).to.deep.equal(['name', 'email', 'message']);
  });

  it('accepts only http(s) and relative actions', () => {
    expect(pageUrl('/api/contact', 'https://partner.example/page')?.href).to.equal(
      'https://partner.example/api/contact',
    );
    expect(pageUrl('https://forms.example/f/1')?.href).to.equal('https://forms.example/f/1');
    expect(pageUrl('//forms.example/x', 'http://a.example/')?.href).to.equal('http://forms.example/x');
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
      'ftp://x',
      '',
      '   ',
    ]) {
      expect(pageUrl(bad), bad).to.equal(undefined);
    }
    expect(pageUrl(undefined)).to.equal(undefined);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120);
    expect(parseRetryAfter('0', now)).to.equal(1);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:30 GMT', now)).to.equal(90);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).to.equal(1);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('flattens nested data for url-encoded bodies', () => {
    const data: ContactData = {
      name: 'Ada',
      consent: true,
      product: ['a', 'b'],
      _meta: { page: 'p', referrer: '', locale: 'en', submittedAt: 't', utm: { utm_source: 'x' } },
    };
    expect(toFormBody(data).toString()).to.equal(
      'name=Ada&consent=true&product=a&product=b&_meta%5Bpage%5D=p&_meta%5Breferrer%5D=&_meta%5Blocale%5D=en' +
        '&_meta%5BsubmittedAt%5D=t&_meta%5Butm%5D%5Butm_source%5D=x',
    );
  });

  it('collects utm parameters under their own names', () => {
    expect(utmParameters('?utm_source=a&utm_source=b&utm_medium=m&ref=z')).to.deep.equal({
      utm_source: 'a',
      utm_medium: 'm',
    });
  });

  it('keeps one key per unchanged message and makes UUIDs without randomUUID', () => {
    const first = idempotencyFor(undefined, 'a');
    expect(idempotencyFor(first, 'a').key).to.equal(first.key);
    const second = idempotencyFor(first, 'b');
    expect(second.key).not.to.equal(first.key);
    expect(idempotencyFor(second, 'b').key).to.equal(second.key);
    // After a message went through the form forgets the key: the same words are a new message.
    expect(idempotencyFor(undefined, 'b').key).not.to.equal(second.key);

    Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: undefined });
    try {
      const key = newIdempotencyKey();
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(newIdempotencyKey()).not.to.equal(key);
    } finally {
      delete (crypto as unknown as Record<string, unknown>)['randomUUID'];
    }
  });
});
