/** @jsxImportSource solid-js */
// Solid JSX with trade-widgets/types/solid: every marked line must fail, the rest pass.
import type {} from 'trade-widgets/types/solid';
import type { Post } from 'trade-widgets';

export const news = (posts: Post[]) => (
  <div>
    <trade-news-feed prop:posts={posts} layout="grid" on:trade-feed-load={(e) => e.detail.posts} />
    <trade-post post={posts[0]} variant="compact" on:trade-post-load={(e) => e.detail.post} />
    <broker-contact-form action="/contact" encoding="form" />
    <trade-news-feed sorce="/feed.json" /> {/* expect-error: misspelt attribute */}
    <trade-news-feed layout="diagonal" /> {/* expect-error: not a layout */}
    <broker-contact-form encoding="xml" /> {/* expect-error: not an encoding */}
  </div>
);
