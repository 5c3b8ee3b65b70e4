// Uses of the package a React 19 + TypeScript app writes; all of it must type-check.
import { TradeNewsFeed, TradePost, BrokerContactForm } from 'trade-widgets/react';
import type { Post } from 'trade-widgets';
import posts from './posts.json';

const list: Post[] = posts;

export function Wrappers() {
  return (
    <>
      <TradeNewsFeed
        posts={list}
        layout="grid"
        limit={4}
        heading="From the blog"
        seeAllHref="/blog"
        onTradeFeedLoad={(event) => console.log(event.detail.posts.length, event.detail.source)}
        onTradeFeedError={(event) => console.log(event.detail.error.kind)}
        onTradePostSelect={(event) => event.preventDefault()}
      />
      <TradePost
        post={list[0]}
        variant="card"
        dateStyle="relative"
        onTradePostLoad={(event) => console.log(event.detail.post.title)}
        onTradePostError={(event) => console.log(event.detail.error.message)}
      />
      <BrokerContactForm
        action="/api/contact"
        encoding="form"
        topics="Imports, Exports"
        onBrokerContactSubmit={(event) => console.log(event.detail.data)}
        onBrokerContactSuccess={(event) => console.log(event.detail.response)}
        onBrokerContactError={(event) => console.log(event.detail.error)}
      />
    </>
  );
}

export function RawTags() {
  return (
    <>
      <trade-news-feed
        src="https://broker.example.com/feed.json"
        layout="compact"
        format="rss"
        limit={5}
        see-all-href="/blog"
        load-more
        searchable
        theme="dark"
        posts={list}
        ontrade-feed-load={(event) => console.log(event.detail.posts)}
      />
      <trade-post post={list[0]} variant="full" date-style="relative" heading-level={3} lang="es" />
      <broker-contact-form
        action="/api/contact"
        encoding="json"
        consent="I agree to be contacted."
        className="contact"
        onbroker-contact-success={(event) => console.log(event.detail.data)}
      />
    </>
  );
}
