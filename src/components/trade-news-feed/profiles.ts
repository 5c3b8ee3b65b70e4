/**
 * The "Follow" row of `<trade-news-feed>`: a link per social profile of the broker, with the
 * network's icon and name (other sites by their host). `<trade-news-feed>` loads this module
 * through load-profiles.ts the first time it has profiles to show, so a feed without them never
 * downloads the icons.
 */
import {
  adoptStyles,
  css,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  svg,
  type LitElement,
  type TemplateResult,
} from 'lit';

/** The networks the row knows by their host, with their names. */
const NETWORKS = [
  ['x', 'X', /(^|\.)(x|twitter)\.com$/],
  ['linkedin', 'LinkedIn', /(^|\.)(linkedin\.com|lnkd\.in)$/],
  ['facebook', 'Facebook', /(^|\.)(facebook|fb)\.com$/],
  ['youtube', 'YouTube', /(^|\.)(youtube\.com|youtu\.be)$/],
  ['instagram', 'Instagram', /(^|\.)instagram\.com$/],
] as const;

/**
 * A network's icon on a 24×24 grid in `currentColor`; `site` (a globe) for any other address. The
 * last two are outlined. X, LinkedIn and Facebook are drawn as in the post's share bar (icons.ts):
 * the two live in different chunks, and a chunk of their own would cost a request and more bytes
 * than the three paths.
 */
const icons = {
  x: svg`<path d="M18.9 1.2h3.7l-8 9.2L24 22.8h-7.4l-5.8-7.6-6.6 7.6H.5l8.6-9.8L0 1.2h7.6l5.2 6.9Zm-1.3 19.4h2L6.5 3.2H4.3Z"/>`,
  linkedin: svg`<circle cx="4.9" cy="4.6" r="2.4"/><path d="M2.8 8.7h4.2v12.8H2.8zM9.6 8.7h4v1.8c.6-1 2-2.1 4.1-2.1 4.3 0 5 2.8 5 6.4v7.7h-4.2v-6.8c0-1.6 0-3.7-2.3-3.7s-2.6 1.8-2.6 3.6v6.9H9.6z"/>`,
  facebook: svg`<path d="M13.6 23.5v-9.6h3.2l.5-3.8h-3.7V7.7c0-1.1.3-1.8 1.9-1.8h2V2.5a27 27 0 0 0-2.9-.2c-2.9 0-4.9 1.8-4.9 5v2.8H6.5v3.8h3.2v9.6z"/>`,
  youtube: svg`<path d="M23.5 6.2a3 3 0 0 0-2.1-2.1C19.5 3.6 12 3.6 12 3.6s-7.5 0-9.4.5A3 3 0 0 0 .5 6.2 31 31 0 0 0 0 12a31 31 0 0 0 .5 5.8 3 3 0 0 0 2.1 2.1c1.9.5 9.4.5 9.4.5s7.5 0 9.4-.5a3 3 0 0 0 2.1-2.1A31 31 0 0 0 24 12a31 31 0 0 0-.5-5.8ZM9.6 15.6V8.4l6.2 3.6Z"/>`,
  instagram: svg`<rect x="3" y="3" width="18" height="18" rx="5"/><circle cx="12" cy="12" r="4"/><path d="M17.5 6.5h0"/>`,
  site: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3.3 3 14.7 0 18M12 3c-3 3.3-3 14.7 0 18"/>`,
};

/**
 * The row's links, added to the feed's styles when the row first shows. Below 36rem only the icons
 * show, the names staying the links' accessible names; more profiles than fit scroll sideways.
 */
export const profilesStyles = css`
  .profiles__label {
    flex: none;
    font-weight: 600;
  }

  .profiles__list {
    display: flex;
    gap: 0.125rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    overflow-x: auto;
    scrollbar-width: none;
    list-style: none;
  }

  .profiles a {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    box-sizing: border-box;
    min-inline-size: 2.5rem;
    block-size: 2.5rem;
    padding-inline: 0.5em;
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
  }

  .profiles a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }

  .profiles a:focus-visible {
    outline-offset: -2px;
  }

  .profile-icon {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }

  .profile-icon--outline {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  @container (max-width: 36rem) {
    .profile-name {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
`;

const styled = new WeakSet<LitElement>();

/** Adds the row's styles to those of `host` (a feed), the first time it shows the row. */
export function styleRow(host: LitElement): void {
  if (styled.has(host)) return;
  styled.add(host);
  const own = (host.constructor as typeof LitElement).elementStyles;
  // Adopted sheets are replaced as a list; `<style>` elements (older browsers) are added.
  adoptStyles(host.renderRoot as ShadowRoot, supportsAdoptingStyleSheets ? [...own, profilesStyles] : [profilesStyles]);
}

/** A profile as the row shows it: its address, its icon and the name read out and shown beside it. */
export interface Profile {
  url: string;
  icon: keyof typeof icons;
  name: string;
}

/** What the row shows for the http(s) address `url`: a known network, or the site's host. */
export function profileOf(url: string): Profile {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const network = NETWORKS.find(([, , pattern]) => pattern.test(host));
  return network ? { url, icon: network[0], name: network[1] } : { url, icon: 'site', name: host };
}

/**
 * The row: a "Follow" label (`label`, translated) and a list of links opening in `target` with
 * `rel` (as the feed's other links: the caller's, so this chunk needs nothing of theirs). Each
 * link's name is its text: at narrow widths only the icon shows, and the name stays the link's
 * accessible name and its tooltip.
 */
export function profilesRow(
  urls: readonly string[],
  label: string,
  target: string,
  rel: string | undefined,
): TemplateResult {
  return html`<div part="profiles" class="profiles">
    <span id="follow" class="profiles__label">${label}</span>
    <ul class="profiles__list" aria-labelledby="follow">
      ${urls.map(profileOf).map(
        ({ url, icon, name }) =>
          html`<li>
            <a
              part="profile-link"
              href=${url}
              title=${name}
              target=${target && target !== '_self' ? target : nothing}
              rel=${rel ?? nothing}
              ><svg
                class="profile-icon ${icon === 'instagram' || icon === 'site' ? 'profile-icon--outline' : ''}"
                viewBox="0 0 24 24"
                aria-hidden="true"
              >
                ${icons[icon]}</svg
              ><span class="profile-name">${name}</span></a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
