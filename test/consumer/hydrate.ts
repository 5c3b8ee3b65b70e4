// Runs on the server-rendered page: hydrates the elements with the data they were rendered with.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import posts from './posts.json';

interface Probe {
  events: string[];
  removed: number;
  kept: () => Record<string, boolean>;
  text: () => Record<string, string>;
  before?: Record<string, string>;
  hydrated?: boolean;
}

const feed = document.querySelector('trade-news-feed')!;
const post = document.querySelector('trade-post')!;
const form = document.querySelector('broker-contact-form')!;
const full = document.getElementById('full')!;
/** The text a reader sees in an element, its nested elements' shadow roots included. */
function shown(node: Node): string {
  if (node instanceof HTMLStyleElement || node instanceof HTMLTemplateElement) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return [...root.childNodes].map(shown).join(' ');
}
const text = () => ({
  feed: shown(feed).replace(/\s+/g, ' ').trim(),
  post: shown(post).replace(/\s+/g, ' ').trim(),
  form: shown(form).replace(/\s+/g, ' ').trim(),
  full: shown(full).replace(/\s+/g, ' ').trim(),
});
// Nodes the server wrote: hydration must adopt them, not replace them.
const serverNodes = {
  feedHeading: feed.shadowRoot!.querySelector('[part~="heading"]')!,
  postTitle: post.shadowRoot!.querySelector('[part~="title-link"]')!,
  fullTitle: full.shadowRoot!.querySelector('[part~="title-link"]')!,
  formInput: form.shadowRoot!.querySelector('input[name="email"]')!,
};
const probe: Probe = {
  events: [],
  removed: 0,
  text,
  before: text(),
  kept: () => Object.fromEntries(Object.entries(serverNodes).map(([name, node]) => [name, node.isConnected])),
};
(window as unknown as { probe: Probe }).probe = probe;

for (const root of [feed.shadowRoot!, post.shadowRoot!]) {
  new MutationObserver((records) => {
    for (const record of records) probe.removed += [...record.removedNodes].filter((n) => n.textContent?.trim()).length;
  }).observe(root, { childList: true, subtree: true });
}
feed.addEventListener('trade-feed-load', () => probe.events.push('trade-feed-load'));
post.addEventListener('trade-post-load', () => probe.events.push('trade-post-load'));

// The properties the server rendered with, set before the elements upgrade.
Object.assign(feed, { posts });
Object.assign(post, { post: posts[1] });
Object.assign(full, { post: posts[0] });

await import('trade-widgets');
await Promise.all(
  [feed, post, full, form].map(
    (element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
  ),
);
await new Promise((resolve) => setTimeout(resolve, 100));
probe.hydrated = true;
