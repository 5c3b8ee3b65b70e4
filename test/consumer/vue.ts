// Vue's GlobalComponents with trade-widgets/types/vue, as Volar checks templates against them:
// every marked line must fail, the rest pass.
import type { GlobalComponents } from 'vue';
import type {} from 'trade-widgets/types/vue';
import type { Post } from 'trade-widgets';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export function check(posts: Post[]) {
  const feed: Props<'trade-news-feed'> = { posts, layout: 'grid', onTradeFeedLoad: (e) => e.detail.posts };
  const post: Props<'trade-post'> = { post: posts[0], variant: 'card', onTradePostSelect: (e) => e.preventDefault() };
  const form: Props<'broker-contact-form'> = { action: '/contact', onBrokerContactSuccess: (e) => e.detail.data };
  const typo: Props<'trade-news-feed'> = { sorce: '/feed.json' }; // expect-error: misspelt attribute
  const value: Props<'trade-news-feed'> = { layout: 'diagonal' }; // expect-error: not a layout
  return [feed, post, form, typo, value];
}
