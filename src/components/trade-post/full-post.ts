/**
 * What only a full post needs beyond a card: its styles (the body's measure, the footer), the
 * share bar with its icons, strings and "Copy link", and the sanitized body (`FullPostParts` holds
 * them for an element). `<trade-post>` loads this module through load-full-post.ts the first time
 * it shows a full post, so a feed of cards never downloads it.
 */
import {
  adoptStyles,
  supportsAdoptingStyleSheets,
  type LitElement,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Post } from '../../feed/post.js';
import { emit } from '../../shared/events.js';
import type { StringKey } from '../../shared/trade-element.js';
import { LoadController } from '../../shared/load-controller.js';
import { loadSanitizer } from '../../shared/load-sanitizer.js';
import { fullPostStyles } from './full-post.styles.js';
import { shareBar } from './share-bar.js';
import { shareBarStyles } from './share-bar.styles.js';
import { viewCounter, type WatchViews } from './view-counter.js';

export type { ViewArgs } from './view-counter.js';
export { shareStrings } from '../../shared/i18n/en/share.js';

/** What the sanitized body is made from: the body HTML, the base URL of its links, the heading level. */
export type BodyArgs = [html: string, baseUrl: string | undefined, level: number];

/**
 * What an element showing full posts keeps once this module is there, made with the first full
 * post it shows: the module's styles added to its own, the sanitized body (loaded from `bodyArgs`,
 * `undefined` when there is none to show), the share bar with "Copy link", and the view counter
 * (`trade-post-view`, and the request to `views-endpoint`).
 */
export class FullPostParts {
  readonly body: LoadController<BodyArgs, HTMLElement>;
  /** Watches the post on screen for a view (call after each update). */
  readonly watchViews: WatchViews;
  private readonly _copyLink: CopyLink;

  constructor(host: LitElement, bodyArgs: () => BodyArgs | undefined) {
    // Adopted sheets are replaced as a list; `<style>` elements (older browsers) are added.
    const styles = [fullPostStyles, shareBarStyles];
    adoptStyles(
      host.renderRoot as ShadowRoot,
      supportsAdoptingStyleSheets ? [...(host.constructor as typeof LitElement).elementStyles, ...styles] : styles,
    );
    this._copyLink = new CopyLink(host);
    this.watchViews = viewCounter(host, (post: Post) => emit(host, 'trade-post-view', { post }));
    this.body = new LoadController(host, {
      args: bodyArgs,
      task: ([html, baseUrl, level]) => sanitizedBody(html, baseUrl, level),
    });
  }

  /** The share bar of the post at `url`, its strings from `text`. */
  shareBar(
    url: string,
    title: string,
    text: (key: StringKey, vars?: Record<string, string>) => string,
  ): TemplateResult {
    const copyLink = this._copyLink;
    return shareBar(url, title, copyLink.copied, text, () => void copyLink.copy(url));
  }
}

/**
 * "Copy link": copies a URL and keeps, for four seconds, whether it worked (`copied`, undefined
 * before anyone copies), for the share bar's status message.
 */
class CopyLink implements ReactiveController {
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
async function sanitizedBody(html: string, baseUrl: string | undefined, headingLevel: number): Promise<HTMLElement> {
  const { sanitizeBody } = await loadSanitizer();
  const wrapper = document.createElement('div');
  wrapper.append(sanitizeBody(html, { baseUrl, headingLevel }));
  return wrapper;
}
