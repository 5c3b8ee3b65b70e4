import type { Post } from '../../src/feed/post.js';

let counter = 0;

/** A URL no other test uses, so no cache or shared request leaks between tests. */
export function feedUrl(name = 'feed', extension = 'json'): string {
  counter += 1;
  return `https://news.example.com/${name}-${counter}.${extension}`;
}

/** A JSON Feed 1.1 item numbered `n`. */
export function item(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `post-${n}`,
    url: `https://blog.example.com/post-${n}`,
    title: `Post number ${n}`,
    summary: `Summary of post ${n}.`,
    image: `https://blog.example.com/img/${n}.jpg`,
    date_published: `2024-05-${String(10 + (n % 18)).padStart(2, '0')}T10:00:00Z`,
    authors: [{ name: 'Ana Broker' }],
    tags: ['Customs'],
    _trade: { views: n, comments: 0 },
    ...extra,
  };
}

/** `count` JSON Feed items numbered from `from`. */
export function items(count: number, from = 1): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => item(from + i));
}

/** A JSON Feed 1.1 document holding `items`. */
export function jsonFeed(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Trade news', items, ...extra };
}

/** A JSON Feed 1.1 document titled "Test feed" with `count` items titled "Post 1"… (or `titles`). */
export function titledFeed(titles: number | string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const list = typeof titles === 'number' ? Array.from({ length: titles }, (_, i) => `Post ${i + 1}`) : titles;
  const entries = list.map((title, i) => ({ id: `p${i + 1}`, title, url: `/posts/${i + 1}` }));
  return jsonFeed(entries, { title: 'Test feed', ...extra });
}

/** The sessionStorage keys the data layer wrote for `url`. */
export function storedKeys(url: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i)!;
    if (key.startsWith('trade-widgets:') && key.endsWith(url)) keys.push(key);
  }
  return keys;
}

/** A normalized post as a JSON Feed 1.1 item, the way the command line writes one. */
export function itemOf(post: Post): Record<string, unknown> {
  return {
    id: post.id,
    url: post.url,
    title: post.title,
    summary: post.summary,
    content_html: post.contentHtml,
    image: post.image,
    date_published: post.datePublished,
    authors: post.authors,
    tags: post.tags,
    _trade: { views: post.views, comments: post.comments },
  };
}
