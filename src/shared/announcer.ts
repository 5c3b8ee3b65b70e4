import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * An element's polite live region: what it says to screen-reader users beside what they see
 * (result counts, "Loading…", "3 more posts"). The element renders `announcer.render()` once and
 * calls `say` or `set`; either updates the element.
 */
export class Announcer {
  private _text = '';

  constructor(private readonly _host: ReactiveControllerHost) {}

  /** What the region says now. */
  get text(): string {
    return this._text;
  }

  /** Says `text`; the same words twice in a row are spoken twice (the region empties for one update first). */
  say(text: string): void {
    if (text && text === this._text) {
      this.set('');
      void this._host.updateComplete.then(() => this.set(text));
    } else {
      this.set(text);
    }
  }

  /** Makes the region say `text`, or nothing when `text` is what it says already (a count unchanged by a keystroke). */
  set(text: string): void {
    if (text === this._text) return;
    this._text = text;
    this._host.requestUpdate();
  }

  /** The region: visually hidden, `part="status"` so a page may show it. */
  render(): TemplateResult {
    return html`<div part="status" class="visually-hidden" role="status">${this._text}</div>`;
  }
}
