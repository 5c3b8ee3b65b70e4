import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Post } from '../../feed/index.js';
import { emit } from '../../shared/events.js';
import { relFor } from '../../shared/link-rel.js';

/** A plain click on a post link announces `trade-post-select`; modified clicks open tabs and stay the browser's. */
function select(host: HTMLElement, event: MouseEvent, post: Post): void {
  if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (!emit(host, 'trade-post-select', { post }, { cancelable: true })) event.preventDefault();
}

/**
 * A link of `<trade-post>` to `href` in the host's `linkTarget` (with `rel` for a new browsing
 * context); given the `post` it leads to, a plain click on it announces `trade-post-select` from `host`.
 */
export function postLink(
  host: HTMLElement & { linkTarget?: string },
  href: string,
  content: unknown,
  part?: string,
  post?: Post,
): TemplateResult {
  const target = String(host.linkTarget ?? '').trim() || '_self';
  return html`<a
    part=${part ?? nothing}
    href=${href}
    target=${target}
    rel=${relFor(target) ?? nothing}
    @click=${post && ((event: MouseEvent) => select(host, event, post))}
    >${content}</a
  >`;
}

/**
 * An `<img>` of `<trade-post>` (`host`) for the http(s) URL `src`, unless it is missing or already
 * failed to load here: a failure adds it to `broken` and renders the host again. Lazy below the
 * first screen; in it (`eager`) it loads at once, and with `high` (a full post's lead image, the
 * likely Largest Contentful Paint) before other images.
 */
export function postImage(
  host: ReactiveElement,
  broken: Set<string>,
  src: string | undefined,
  name: string,
  width: number,
  height: number,
  eager?: boolean,
  high?: boolean,
): TemplateResult | typeof nothing {
  // alt="": the picture illustrates; the title or name it would repeat is right next to it.
  // Width and height reserve its box before it loads.
  return src && !broken.has(src)
    ? html`<img
        class=${name}
        part=${name}
        src=${src}
        alt=""
        width=${width}
        height=${height}
        loading=${eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchpriority=${high ? 'high' : nothing}
        @error=${() => {
          broken.add(src);
          host.requestUpdate();
        }}
      />`
    : nothing;
}
