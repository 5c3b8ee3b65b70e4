import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LoadController, type LoadContext } from '../../src/shared/load-controller.js';
import { deferred } from '../helpers/responses.js';

// The loading contract every element builds on (the one @lit/task keeps): status readable and
// written only by the controller, the latest run wins whether the one it replaced rejects or
// resolves late, and a bug in the element's own callback is a bug, not a load error.

type Run = { key: string; answer: ReturnType<typeof deferred<string>>; context: LoadContext<string> };

class LoadProbe extends LitElement {
  static override properties = { key: {} };
  key = 'a';
  runs: Run[] = [];
  landed: string[] = [];
  failed: unknown[] = [];
  onValue: (value: string) => void = (value) => this.landed.push(value);
  onError: (error: unknown) => void = (error) => this.failed.push(error);
  readonly load = new LoadController<readonly [string], string>(this, {
    args: () => [this.key] as const,
    task: ([key], context) => {
      const answer = deferred<string>();
      this.runs.push({ key, answer, context });
      return answer.promise;
    },
    onValue: (value) => this.onValue(value),
    onError: (error) => this.onError(error),
  });
}
customElements.define('load-probe', LoadProbe);

/** Lets the task's promise settle and the controller land it. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('LoadController', () => {
  let consoleError: typeof console.error;
  let logged: unknown[];
  beforeEach(() => {
    consoleError = console.error;
    logged = [];
    console.error = (...args: unknown[]) => logged.push(...args);
  });
  afterEach(() => {
    console.error = consoleError;
  });

  it('shows its status, value and error, and lets nobody else write them', async () => {
    const el = await fixture<LoadProbe>(html`<load-probe></load-probe>`);
    expect(el.load.status).to.equal('pending');
    expect(() => {
      (el.load as unknown as { status: string }).status = 'complete';
    }).to.throw(TypeError);
    expect(el.load.status).to.equal('pending');
    el.runs[0]!.answer.resolve('first');
    await settle();
    expect([el.load.status, el.load.value, el.load.error]).to.deep.equal(['complete', 'first', undefined]);
  });

  it('never lands a run it replaced that resolves late', async () => {
    const el = await fixture<LoadProbe>(html`<load-probe></load-probe>`);
    el.key = 'b';
    await el.updateComplete;
    const [old, latest] = el.runs;
    expect(old!.context.signal.aborted).to.equal(true);
    latest!.answer.resolve('b');
    await settle();
    old!.answer.resolve('a, late');
    await settle();
    expect(el.landed).to.deep.equal(['b']);
    expect(el.load.value).to.equal('b');
    expect(el.load.status).to.equal('complete');
  });

  it('never lands a run it replaced that rejects, nor its revalidation', async () => {
    const el = await fixture<LoadProbe>(html`<load-probe></load-probe>`);
    el.key = 'b';
    await el.updateComplete;
    const [old, latest] = el.runs;
    old!.answer.reject(new Error('a failed'));
    old!.context.revalidated('a, revalidated');
    await settle();
    expect(el.load.status).to.equal('pending');
    latest!.answer.resolve('b');
    await settle();
    expect(el.failed).to.deep.equal([]);
    expect(el.landed).to.deep.equal(['b']);
  });

  it('a retry replaces the run under way: only the retry lands', async () => {
    const el = await fixture<LoadProbe>(html`<load-probe></load-probe>`);
    const retried = el.load.run();
    const [first, retry] = el.runs;
    retry!.answer.resolve('retry');
    await retried;
    first!.answer.resolve('first, late');
    await settle();
    expect(el.landed).to.deep.equal(['retry']);
  });

  it("reports an exception in the element's onValue to the console, and the load stays complete", async () => {
    const el = await fixture<LoadProbe>(html`<load-probe></load-probe>`);
    const bug = new TypeError('cannot read properties of undefined');
    el.onValue = () => {
      throw bug;
    };
    el.runs[0]!.answer.resolve('value');
    await settle();
    expect(logged).to.deep.equal([bug]);
    expect([el.load.status, el.load.value, el.load.error]).to.deep.equal(['complete', 'value', undefined]);
  });

  it("reports an exception in the element's onError to the console, and keeps the load's own error", async () => {
    const el = await fixture<LoadProbe>(html`<load-probe></load-probe>`);
    const bug = new Error('bug in onError');
    const failure = new Error('network');
    el.onError = () => {
      throw bug;
    };
    el.runs[0]!.answer.reject(failure);
    await settle();
    expect(logged).to.deep.equal([bug]);
    expect([el.load.status, el.load.error]).to.deep.equal(['error', failure]);
  });
});
