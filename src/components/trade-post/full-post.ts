/**
 * What only a full post needs beyond a card: its styles (the body's measure, the footer), the
 * share bar with its icons, strings and "Copy link", and the sanitized body. `<trade-post>` loads
 * this module through load-full-post.ts the first time it shows a full post, so a feed of cards
 * never downloads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadSanitizer } from '../../shared/load-sanitizer.js';
import { fullPostStyles } from './full-post.styles.js';
import { shareBarStyles } from './share-bar.styles.js';

export { shareBar } from './share-bar.js';
export { shareStrings } from '../../shared/i18n/en/share.js';

/** The styles a full post adds to the element's own. */
export const styles = [fullPostStyles, shareBarStyles];

/**
 * "Copy link": copies a URL and keeps, for four seconds, whether it worked (`copied`, undefined
 * before anyone copies), for the share bar's status message.
 */
export class CopyLink implements ReactiveController {
  copied?: boolean;
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this.copied = undefined;
  }

  async copy(url: string): Promise<void> {
    clearTimeout(this._timer);
    // Started inside the click, while the page still has the user activation the API asks for; an
    // async function turns a missing API or a throwing one into a rejection.
    const written = (async () => navigator.clipboard.writeText(url))().then(
      () => true,
      () => false,
    );
    // Clearing the message first makes a second click announce again.
    this._set(undefined);
    await this._host.updateComplete;
    this._set(await written);
    this._timer = setTimeout(() => this._set(undefined), 4000);
  }

  private _set(copied: boolean | undefined): void {
    this.copied = copied;
    this._host.requestUpdate();
  }
}

/**
 * A post's body HTML, sanitized (the sanitizer loads on first use), in a wrapper `div`: a stable
 * element rather than the fragment itself, because a fragment empties when inserted, so
 * re-rendering the template would show nothing the second time.
 */
export async function sanitizedBody(
  html: string,
  baseUrl: string | undefined,
  headingLevel: number,
): Promise<HTMLElement> {
  const { sanitizeBody } = await loadSanitizer();
  const wrapper = document.createElement('div');
  wrapper.append(sanitizeBody(html, { baseUrl, headingLevel }));
  return wrapper;
}
