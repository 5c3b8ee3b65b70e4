import type { LitElement } from 'lit';
import { addEnglish } from '../../shared/i18n/index.js';
import { onDemand } from '../../shared/on-demand.js';
import type * as FullPost from './full-post.js';

/**
 * What only a full post needs (see full-post.ts), loaded once per page, with its English strings
 * added; bundlers, the script-tag build included, make it a chunk of its own.
 */
const fullPostModule = onDemand(
  () => import('./full-post.js'),
  (fullPost) => addEnglish(fullPost.shareStrings),
);

/** The full-post module (styles and share bar) once it has loaded on this page, else undefined. */
export const fullPost: () => typeof FullPost | undefined = fullPostModule.loaded;

/** Loads the full-post module; a failed load is tried again on the next call. */
export const loadFullPost: () => Promise<typeof FullPost> = fullPostModule.load;

/**
 * What one `<trade-post>` has of the full-post module: nothing yet, the module on its way, the
 * parts made for it with the first full post it shows, or nothing ever when the module could not be
 * loaded (a full post then shows its summary and a link).
 */
export class FullPostSlot {
  private _held: undefined | Promise<void> | FullPost.FullPostParts | 'failed';

  constructor(
    private readonly _host: LitElement,
    private readonly _bodyArgs: () => FullPost.BodyArgs | undefined,
  ) {}

  /** The parts, once made. */
  get parts(): FullPost.FullPostParts | undefined {
    const held = this._held;
    return held instanceof Promise || typeof held !== 'object' ? undefined : held;
  }

  /** Settles (and the host updates) once the module is there or failed; undefined unless it is on its way. */
  get loading(): Promise<void> | undefined {
    return this._held instanceof Promise ? this._held : undefined;
  }

  /** The module could not be loaded. */
  get failed(): boolean {
    return this._held === 'failed';
  }

  /**
   * A full post is to show: the module loads beside the request for the post, and the post shows
   * once it is there, so a full post is never unstyled; its parts are made once it is.
   */
  prepare(): void {
    const module = fullPost();
    if (module && !(this._held instanceof module.FullPostParts)) {
      this._held = new module.FullPostParts(this._host, this._bodyArgs);
    } else if (!module && this._held === undefined) {
      this._held = loadFullPost().then(
        () => void (this._held = undefined),
        () => void (this._held = 'failed'),
      );
      void this._held.then(() => this._host.requestUpdate());
    }
  }
}
