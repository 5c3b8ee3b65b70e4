import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent } from 'storybook/test';
import '../src/trade-news-feed.js';
import type { TradeNewsFeed } from '../src/trade-news-feed.js';
import type { MessageOverrides, Post } from '../src/index.js';
import { delayed, hang, json, mockFetch, offline, sequence, status } from './mock-fetch.js';
import { arabicMessages, arabicPosts, jsonFeed, longTitlePosts, seedPosts } from './sample-data.js';
import { rendered, settled, tokenStyle } from './story-utils.js';

/** The attributes of `<trade-news-feed>` as HTML writes them, plus the `posts` property. */
interface FeedArgs {
  src?: string;
  format?: string;
  limit?: number;
  layout?: 'list' | 'grid' | 'compact';
  heading?: string;
  'heading-level'?: number;
  'see-all-href'?: string;
  hide?: string;
  tag?: string;
  searchable?: boolean;
  'load-more'?: boolean;
  'excerpt-length'?: number;
  loading?: 'eager' | 'lazy';
  refresh?: number;
  'cache-ttl'?: number;
  timeout?: number;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  'link-target'?: string;
  profiles?: string;
  posts?: Post[];
  messages?: MessageOverrides;
  [token: `--${string}`]: string | undefined;
}

/** A loading story must stay loading while a designer looks at it, not fail after 10 s. */
const ONE_HOUR = 3_600_000;

const seeAll = 'https://www.tradelogicintl.com/blog';

/** The broker's social profiles, as the seed page lists them at its foot, and a site of its own. */
const brokerProfiles = [
  'https://x.com/tradelogicintl',
  'https://www.linkedin.com/company/tradelogicintl',
  'https://www.facebook.com/tradelogicintl',
  'https://www.youtube.com/@tradelogicintl',
  'https://www.instagram.com/tradelogicintl',
  'https://newsletter.tradelogicintl.com/',
];

const routes = {
  '/stories/feed.json': json(jsonFeed()),
  '/stories/feed-empty.json': json(jsonFeed([])),
  '/stories/feed-loading.json': hang(),
  '/stories/feed-error.json': status(500, 'Internal Server Error'),
  '/stories/feed-long-titles.json': json(jsonFeed(longTitlePosts())),
  '/stories/feed-page-1.json': json(jsonFeed(seedPosts().slice(0, 2), 'feed-page-2.json')),
  '/stories/feed-page-2.json': delayed(800, json(jsonFeed(seedPosts().slice(2)))),
  // Served once, then the network is gone: the "showing saved posts" state.
  '/stories/feed-stale.json': sequence(json(jsonFeed()), offline()),
  '/stories/feed-profiles.json': json({ ...jsonFeed(), _trade: { profiles: brokerProfiles.slice(1, 4) } }),
};

const meta: Meta<FeedArgs> = {
  title: 'Elements/trade-news-feed',
  component: 'trade-news-feed',
  decorators: [withActions],
  beforeEach: mockFetch(routes),
  parameters: {
    actions: { handles: ['trade-feed-load', 'trade-feed-error', 'trade-post-select'] },
  },
  args: { src: '/stories/feed.json', 'see-all-href': seeAll },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    format: { control: 'select', options: ['auto', 'json-feed', 'wordpress', 'ghost', 'rss', 'atom', 'simple'] },
    posts: { control: 'object', description: 'Posts to render without fetching (the `posts` property).' },
  },
  render: (args) => html`
    <trade-news-feed
      src=${ifDefined(args.src)}
      format=${ifDefined(args.format)}
      limit=${ifDefined(args.limit)}
      layout=${ifDefined(args.layout)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      see-all-href=${ifDefined(args['see-all-href'])}
      hide=${ifDefined(args.hide)}
      tag=${ifDefined(args.tag)}
      ?searchable=${args.searchable}
      ?load-more=${args['load-more']}
      excerpt-length=${ifDefined(args['excerpt-length'])}
      loading=${ifDefined(args.loading)}
      refresh=${ifDefined(args.refresh)}
      cache-ttl=${ifDefined(args['cache-ttl'])}
      timeout=${ifDefined(args.timeout)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      link-target=${ifDefined(args['link-target'])}
      profiles=${ifDefined(args.profiles)}
      style=${ifDefined(tokenStyle(args))}
      .posts=${args.posts}
      .messages=${args.messages ?? {}}
    ></trade-news-feed>
  `,
};

export default meta;
type Story = StoryObj<FeedArgs>;

async function postTitles(canvasElement: HTMLElement, count: number): Promise<string[]> {
  const { root } = await rendered<TradeNewsFeed>(canvasElement, 'trade-news-feed');
  return settled(() => {
    const posts = [...root.querySelectorAll('trade-post')];
    expect(posts).toHaveLength(count);
    return posts.map((post) => post.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '');
  });
}

/** The seed page's "Recent Posts": the three newest posts and "See All". */
export const DefaultList: Story = {
  name: 'Default (list)',
  play: async ({ canvasElement }) => {
    const titles = await postTitles(canvasElement, 3);
    expect(titles[0]).toBe('Section 301 Duty Exclusions Set to Expire on 12/31/23');
  },
};

/** Cards in columns; the number of columns follows the element's own width. */
export const Grid: Story = {
  args: { layout: 'grid', limit: 4 },
};

/** Titles and dates only, for a sidebar. */
export const Compact: Story = {
  args: { layout: 'compact', limit: 4 },
};

/** A search box filtering by title, summary and tags; here "duty" has been typed. */
export const Searchable: Story = {
  args: { searchable: true, limit: 4 },
  play: async ({ canvasElement }) => {
    const { root } = await rendered<TradeNewsFeed>(canvasElement, 'trade-news-feed');
    await postTitles(canvasElement, 4);
    const search = await settled(() => {
      const input = root.querySelector<HTMLInputElement>('input[type="search"]');
      expect(input).not.toBeNull();
      return input!;
    });
    await userEvent.type(search, 'duty');
    await settled(() => expect(root.querySelectorAll('trade-post')).toHaveLength(2));
  },
};

/**
 * Two posts per page; "Load more" fetches the feed's `next_url` (answered after 0.8 s, so the
 * loading state shows) and reveals the next two.
 */
export const LoadMore: Story = {
  name: 'Load more (paged feed)',
  args: { src: '/stories/feed-page-1.json', limit: 2, 'load-more': true },
};

/** Only posts tagged "compliance" (the match ignores case). */
export const TagFilter: Story = {
  args: { tag: 'compliance', limit: 4 },
  play: async ({ canvasElement }) => {
    await postTitles(canvasElement, 2);
  },
};

/** The placeholder shown while the feed loads; it reserves the final height. The request never answers. */
export const Loading: Story = {
  args: { src: '/stories/feed-loading.json', timeout: ONE_HOUR },
};

/** A feed with no posts. */
export const Empty: Story = {
  args: { src: '/stories/feed-empty.json' },
};

/** The server answers 500: a message and "Try again" (which fails again here). */
export const ErrorState: Story = {
  name: 'Error',
  args: { src: '/stories/feed-error.json' },
  play: async ({ canvasElement }) => {
    const { root } = await rendered<TradeNewsFeed>(canvasElement, 'trade-news-feed');
    await settled(() => expect(root.querySelector('[part~="retry-button"]')).not.toBeNull());
  },
};

/**
 * The feed loaded once and was saved; then the network went down. The next background refresh
 * (`refresh="2"`, every 2 s) fails, so the saved posts stay on screen with a quiet "Showing saved
 * posts" note instead of an error.
 */
export const StaleSavedPosts: Story = {
  name: 'Stale (showing saved posts)',
  args: { src: '/stories/feed-stale.json', refresh: 2 },
  play: async ({ canvasElement }) => {
    const { root } = await rendered<TradeNewsFeed>(canvasElement, 'trade-news-feed');
    await postTitles(canvasElement, 3);
    await settled(() => expect(root.querySelector('[part~="stale-note"]')).not.toBeNull(), 8000);
    expect(root.querySelectorAll('trade-post')).toHaveLength(3);
  },
};

/** Titles, words, author names and counts longer than any layout expects. */
export const LongTitles: Story = {
  args: { src: '/stories/feed-long-titles.json', limit: 4, layout: 'grid' },
};

/** The built-in dark theme on a dark page. */
export const Dark: Story = {
  args: { layout: 'grid' },
  globals: { theme: 'dark' },
};

/** Spanish UI strings and dates (`lang="es"`); the posts stay as the blog wrote them. */
export const Spanish: Story = {
  globals: { lang: 'es' },
};

/** An Arabic page (`dir="rtl"`): the layout mirrors; UI strings come from `messages`. */
export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  args: { src: undefined, posts: arabicPosts(), lang: 'ar', messages: arabicMessages as MessageOverrides },
  globals: { dir: 'rtl' },
};

/** The names of the links in the "Follow" row, once its icons have loaded. */
async function profileNames(canvasElement: HTMLElement): Promise<string[]> {
  const { root } = await rendered<TradeNewsFeed>(canvasElement, 'trade-news-feed');
  return settled(() => {
    const links = [...root.querySelectorAll('[part~="profile-link"]')];
    expect(links.length).toBeGreaterThan(0);
    return links.map((link) => link.textContent?.trim() ?? '');
  });
}

/**
 * The seed page's row of the broker's profiles, from the `profiles` attribute: X, LinkedIn,
 * Facebook, YouTube and Instagram with their icons and names, and another site by its host. The
 * row is one line of a fixed height (2.75rem); at narrow widths only the icons show.
 */
export const FollowRow: Story = {
  name: 'Follow row (profiles attribute)',
  args: { profiles: brokerProfiles.join(' '), limit: 2 },
  play: async ({ canvasElement }) => {
    expect(await profileNames(canvasElement)).toEqual([
      'X',
      'LinkedIn',
      'Facebook',
      'YouTube',
      'Instagram',
      'newsletter.tradelogicintl.com',
    ]);
  },
};

/** The row from the feed's own `_trade.profiles` (JSON Feed), as `trade-widgets feed --profile` writes it. */
export const FollowRowFromFeed: Story = {
  name: 'Follow row (from the feed)',
  args: { src: '/stories/feed-profiles.json', limit: 2 },
  play: async ({ canvasElement }) => {
    expect(await profileNames(canvasElement)).toEqual(['LinkedIn', 'Facebook', 'YouTube']);
  },
};

/** A sidebar-wide feed: the row shows the icons only, each link still named (tooltip and screen readers). */
export const FollowRowNarrow: Story = {
  name: 'Follow row (narrow)',
  args: { profiles: brokerProfiles.join(' '), layout: 'compact', limit: 3 },
  decorators: [
    (story) =>
      html`<div class="story-sidebar">${story()}</div>
        <style>
          .story-sidebar {
            max-inline-size: 18rem;
          }
        </style>`,
  ],
};
