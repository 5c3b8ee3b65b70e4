/**
 * The "Follow" row of `<trade-news-feed>`: a link per social profile of the broker, with the
 * network's icon and name (other sites by their host). `<trade-news-feed>` loads this module
 * through load-profiles.ts the first time it has profiles to show, so a feed without them never
 * downloads the icons.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { brandIcons } from '../../shared/brand-icons.js';
import { relFor } from '../../shared/link-rel.js';

/** The networks the row knows by their host, with their names. */
const NETWORKS = [
  ['x', 'X', /(^|\.)(x|twitter)\.com$/],
  ['linkedin', 'LinkedIn', /(^|\.)(linkedin\.com|lnkd\.in)$/],
  ['facebook', 'Facebook', /(^|\.)(facebook|fb)\.com$/],
  ['youtube', 'YouTube', /(^|\.)(youtube\.com|youtu\.be)$/],
  ['instagram', 'Instagram', /(^|\.)instagram\.com$/],
] as const;

/** A network's icon; `site` (a globe) for any other address. The last two are outlined. */
const icons = {
  ...brandIcons,
  youtube: svg`<path d="M23.5 6.2a3 3 0 0 0-2.1-2.1C19.5 3.6 12 3.6 12 3.6s-7.5 0-9.4.5A3 3 0 0 0 .5 6.2 31 31 0 0 0 0 12a31 31 0 0 0 .5 5.8 3 3 0 0 0 2.1 2.1c1.9.5 9.4.5 9.4.5s7.5 0 9.4-.5a3 3 0 0 0 2.1-2.1A31 31 0 0 0 24 12a31 31 0 0 0-.5-5.8ZM9.6 15.6V8.4l6.2 3.6Z"/>`,
  instagram: svg`<rect x="3" y="3" width="18" height="18" rx="5"/><circle cx="12" cy="12" r="4"/><path d="M17.5 6.5h0"/>`,
  site: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3.3 3 14.7 0 18M12 3c-3 3.3-3 14.7 0 18"/>`,
};

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
 * The row: a "Follow" label (`label`, translated) and a list of links opening in `target`. Each
 * link's name is its text: at narrow widths only the icon shows, and the name stays the link's
 * accessible name and its tooltip.
 */
export function profilesRow(urls: readonly string[], label: string, target: string): TemplateResult {
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
              rel=${relFor(target) ?? nothing}
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
