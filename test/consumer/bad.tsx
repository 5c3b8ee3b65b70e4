// Every line marked as an expected error must fail to type-check, and no other line may.
import { TradeNewsFeed, TradePost, BrokerContactForm } from 'trade-widgets/react';

export function Mistakes() {
  return (
    <>
      <trade-news-feed sorce="https://broker.example.com/feed.json" /> {/* expect-error: misspelt attribute */}
      <trade-news-feed layout="diagonal" /> {/* expect-error: not a layout */}
      <trade-news-feed limit="many" /> {/* expect-error: limit is a number */}
      <trade-news-feed posts="none" /> {/* expect-error: posts is an array of posts */}
      <trade-post variant="poster" /> {/* expect-error: not a variant */}
      <trade-post date-style="ancient" /> {/* expect-error: not a date style */}
      <broker-contact-form encoding="xml" /> {/* expect-error: not an encoding */}
      <broker-contact-form onbroker-contact-error={(e: KeyboardEvent) => e.key} /> {/* expect-error: wrong event */}
      <TradeNewsFeed sorce="https://broker.example.com/feed.json" /> {/* expect-error: misspelt property */}
      <TradeNewsFeed layout="diagonal" /> {/* expect-error: not a layout */}
      <TradePost variant="poster" /> {/* expect-error: not a variant */}
      <BrokerContactForm onBrokerContactSucess={() => {}} /> {/* expect-error: misspelt event prop */}
    </>
  );
}
