// Renders the React wrappers with react-dom/server, as Next.js does for a client component's first HTML.
import process from 'node:process';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { BrokerContactForm, TradeNewsFeed, TradePost } from 'trade-widgets/react';

const posts = [{ id: 'steel', title: 'Steel tariffs', authors: [], tags: [] }];
const fallback = h('a', { href: 'https://broker.example.com/blog' }, 'Read our blog');
process.stdout.write(
  renderToString(
    h(
      'main',
      null,
      h(TradeNewsFeed, { posts, layout: 'grid', onTradeFeedLoad: () => {} }, fallback),
      h(TradePost, { post: posts[0] }),
      h(BrokerContactForm, { action: '/contact' }),
      h('trade-news-feed', { src: '/feed.json', layout: 'compact' }),
    ),
  ),
);
