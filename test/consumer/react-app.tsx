// A React 19 app using the wrappers and a raw tag; the test bundles it with esbuild and runs it in Chromium.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TradeNewsFeed, TradePost, BrokerContactForm } from 'trade-widgets/react';
import type { Post } from 'trade-widgets';
import posts from './posts.json';

const list: Post[] = posts;
const events: string[] = [];
(window as unknown as { tradeEvents: string[] }).tradeEvents = events;

function App() {
  const [loaded, setLoaded] = useState(0);
  return (
    <main>
      <p id="loaded">{loaded}</p>
      <TradeNewsFeed
        id="wrapped-feed"
        posts={list}
        layout="grid"
        onTradeFeedLoad={(event) => {
          events.push(`feed-load:${event.detail.posts.length}`);
          setLoaded(event.detail.posts.length);
        }}
      />
      <TradePost
        id="wrapped-post"
        post={list[1]}
        variant="card"
        onTradePostLoad={(event) => events.push(`post-load:${event.detail.post.id}`)}
      />
      <BrokerContactForm
        id="wrapped-form"
        action="/contact"
        heading="Ask a broker"
        onBrokerContactSubmit={(event) => {
          event.preventDefault();
          events.push(`submit:${String(event.detail.data.email)}`);
        }}
      />
      <trade-news-feed
        id="raw-feed"
        posts={list}
        layout="compact"
        ontrade-feed-load={(event) => events.push(`raw-load:${event.detail.posts.length}`)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
