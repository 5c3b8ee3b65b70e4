/** @jsxImportSource preact */
// Preact JSX with trade-widgets/types/preact: every marked line must fail, the rest pass.
import type {} from 'trade-widgets/types/preact';
import type { Post } from 'trade-widgets';

export const news = (posts: Post[]) => (
  <div>
    <trade-news-feed posts={posts} layout="grid" see-all-href="/blog" ontrade-feed-load={(e) => e.detail.posts} />
    <trade-post post={posts[0]} variant="card" ontrade-post-select={(e) => e.preventDefault()} />
    <broker-contact-form action="/contact" onbroker-contact-success={(e) => e.detail.data} />
    <trade-news-feed sorce="/feed.json" /> {/* expect-error: misspelt attribute */}
    <trade-news-feed layout="diagonal" /> {/* expect-error: not a layout */}
    <trade-post posts={posts} /> {/* expect-error: a post takes `post` */}
  </div>
);
