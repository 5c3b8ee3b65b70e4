// Renders <trade-post> and <trade-news-feed> given raw items that a browser reads only after
// fetching a reader on demand (a WordPress post, a Ghost post, a character reference beyond the
// built-in ones): a server has every reader at once, and prints them read.
import process from 'node:process';

const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import('trade-widgets/trade-news-feed.js');

const wordpress = {
  id: 4021,
  date_gmt: '2024-01-08T15:00:00',
  link: 'https://broker.example.com/2024/01/steel-tariffs/',
  title: { rendered: 'Steel Tariffs &ne; Aluminum Tariffs' },
  excerpt: { rendered: '<p>Why the two Section 232 tariffs differ.</p>' },
  content: { rendered: '<p>Why the two Section 232 tariffs differ for importers.</p>' },
};
const ghost = {
  id: '65a1',
  uuid: 'b0c1',
  title: 'De minimis after the rule change',
  slug: 'de-minimis',
  url: 'https://broker.example.com/de-minimis/',
  html: '<p>What changes for low-value entries.</p>',
  published_at: '2024-02-01T10:00:00.000Z',
};
const page = html`<trade-post variant="card" .post=${wordpress}></trade-post>
  <trade-news-feed .posts=${[ghost]}></trade-news-feed>`;
process.stdout.write(await collectResult(render(page)));
