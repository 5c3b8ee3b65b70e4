import { html, isServer, nothing, type LitElement, type TemplateResult } from 'lit';
import { relFor } from '../../shared/link-rel.js';
import { onDemand } from '../../shared/on-demand.js';
import { pageUrl } from '../../shared/url.js';
import type * as Profiles from './profiles.js';

/** The "Follow" row (profiles.ts, a chunk of its own in the bundles), loaded once per page. */
const profiles = onDemand(() => import('./profiles.js'));

/** The "Follow" row's module once it has loaded on this page, else undefined. */
export const profilesModule: () => typeof Profiles | undefined = profiles.loaded;

/** Loads the "Follow" row's module; a failed load is tried again on the next call. */
export const loadProfiles: () => Promise<typeof Profiles> = profiles.load;

/** The http(s) URLs of a `profiles` attribute, each once. */
const profileUrls = (value: string): string[] => [
  ...new Set(value.split(/\s+/).flatMap((url) => (/^https?:\/\//i.test(url) ? (pageUrl(url)?.href ?? []) : []))),
];

/**
 * A feed's "Follow" row: the `profiles` attribute's http(s) URLs (shown from the start, so the row's
 * box is there before the posts), else the feed's own once it has loaded. Its icons load the first
 * time; until then the row is there, empty, at its final height. If they cannot be loaded, no row.
 */
export class FollowRow {
  private _failed = false;

  constructor(private readonly _host: LitElement & { linkTarget: string }) {}

  /** The row, titled `label`, for the `profiles` attribute, else for the feed's own `fallback` profiles. */
  render(
    attribute: string | undefined,
    fallback: string[] | undefined,
    label: string,
  ): TemplateResult | typeof nothing {
    const { linkTarget: target } = this._host;
    const urls = attribute == null ? fallback : profileUrls(attribute);
    if (!urls?.length || this._failed) return nothing;
    const module = profilesModule();
    if (module) {
      module.styleRow(this._host);
      return module.profilesRow(urls, label, target, relFor(target));
    }
    if (!isServer) {
      loadProfiles().then(
        () => this._host.requestUpdate(),
        () => {
          this._failed = true;
          this._host.requestUpdate();
        },
      );
    }
    return html`<div part="profiles" class="profiles"></div>`;
  }
}
