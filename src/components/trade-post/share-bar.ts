import { html, nothing, type TemplateResult } from 'lit';
import type { StringKey } from '../../shared/trade-element.js';
import { shareIcons } from './icons.js';
import { shareLinks } from './share.js';

/**
 * The share bar: a link per network (opening in a new tab, except email), "Copy link", and the
 * status that says whether copying worked (`copied` is undefined until someone copies).
 */
export function shareBar(
  url: string,
  title: string,
  copied: boolean | undefined,
  text: (key: StringKey, vars?: Record<string, string>) => string,
  onCopy: () => void,
): TemplateResult {
  return html`<div class="share ${copied ? 'copied' : ''}" part="share" role="group" aria-labelledby="share-label">
    <span id="share-label">${text('post.share')}</span>
    <ul>
      ${shareLinks(url, title).map(([network, name, href]) => {
        // Web intents open in a new tab; `mailto:` hands over to the mail app instead.
        const newTab = network !== 'email';
        const label = newTab ? text('post.shareOn', { network: name }) : text('post.shareEmail');
        return html`<li>
          <a
            part="share-link"
            href=${href}
            target=${newTab ? '_blank' : nothing}
            rel=${newTab ? 'noopener noreferrer' : nothing}
            title=${label}
            >${shareIcons[network]}<span class="visually-hidden"
              >${newTab ? `${label} ${text('post.newTab')}` : label}</span
            ></a
          >
        </li>`;
      })}
      <li>
        <button part="share-link copy-button" type="button" @click=${onCopy}>
          ${copied ? shareIcons.check : shareIcons.link}<span>${text('post.copyLink')}</span>
        </button>
      </li>
    </ul>
    <span class="share__status" part="share-status" role="status"
      >${copied ? text('post.linkCopied') : copied === false ? text('post.copyFailed') : ''}</span
    >
  </div>`;
}
