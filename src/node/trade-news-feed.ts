/**
 * `trade-widgets/trade-news-feed.js` in Node (the `node` export condition): <trade-news-feed> (and <trade-post>), with every reader of the data
 * layer installed first (`trade-widgets/feed` in Node), so a server renders raw WordPress and
 * Ghost items, RFC 822 dates and every character reference given through `post` or `posts` as a
 * browser does once it has fetched those readers. Browser bundles never include it.
 */
import '../feed/node.js';

export * from '../trade-news-feed.js';
