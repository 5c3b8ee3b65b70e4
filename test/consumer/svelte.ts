// svelte/elements with trade-widgets/types/svelte, as svelte-check sees the tags:
// every marked line must fail, the rest pass.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'trade-widgets/types/svelte';
import type { Post } from 'trade-widgets';

export function check(posts: Post[]) {
  const feed: SvelteHTMLElements['trade-news-feed'] = { posts, layout: 'grid', 'ontrade-feed-load': (e) => e.detail };
  const post: SvelteHTMLElements['trade-post'] = { post: posts[0], 'date-style': 'relative' };
  const form: SvelteHTMLElements['broker-contact-form'] = { action: '/contact', 'onbroker-contact-error': (e) => e };
  const typo: SvelteHTMLElements['trade-news-feed'] = { sorce: '/feed.json' }; // expect-error: misspelt attribute
  const value: SvelteHTMLElements['trade-news-feed'] = { layout: 'diagonal' }; // expect-error: not a layout
  return [feed, post, form, typo, value];
}
