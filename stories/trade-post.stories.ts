import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { expect } from 'storybook/test';
import '../src/trade-post.js';
import type { TradePost } from '../src/trade-post.js';
import type { Post } from '../src/index.js';
import { json, mockFetch } from './mock-fetch.js';
import { hostilePost, jsonFeed, manyTagsPost, seedPost, seedPosts } from './sample-data.js';
import { rendered, settled, tokenStyle, uiText } from './story-utils.js';

/** The attributes of `<trade-post>` as HTML writes them, plus the `post` property. */
interface PostArgs {
  src?: string;
  'post-id'?: string;
  variant?: 'full' | 'card' | 'compact';
  hide?: string;
  'heading-level'?: number;
  'date-style'?: 'long' | 'short' | 'relative';
  'excerpt-length'?: number;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  'link-target'?: string;
  timeout?: number;
  'views-endpoint'?: string;
  post?: Post;
  [token: `--${string}`]: string | undefined;
}

const meta: Meta<PostArgs> = {
  title: 'Elements/trade-post',
  component: 'trade-post',
  decorators: [withActions],
  beforeEach: mockFetch({ '/stories/feed.json': json(jsonFeed()), '/stories/views': json({ ok: true }) }),
  parameters: {
    actions: { handles: ['trade-post-load', 'trade-post-error', 'trade-post-select', 'trade-post-view'] },
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'card', 'compact'] },
    'date-style': { control: 'inline-radio', options: ['long', 'short', 'relative'] },
    post: { control: 'object', description: 'The post to render without fetching (the `post` property).' },
  },
  render: (args) => html`
    <trade-post
      src=${ifDefined(args.src)}
      post-id=${ifDefined(args['post-id'])}
      variant=${ifDefined(args.variant)}
      hide=${ifDefined(args.hide)}
      heading-level=${ifDefined(args['heading-level'])}
      date-style=${ifDefined(args['date-style'])}
      excerpt-length=${ifDefined(args['excerpt-length'])}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      link-target=${ifDefined(args['link-target'])}
      timeout=${ifDefined(args.timeout)}
      views-endpoint=${ifDefined(args['views-endpoint'])}
      style=${ifDefined(tokenStyle(args))}
      .post=${args.post}
    ></trade-post>
  `,
};

export default meta;
type Story = StoryObj<PostArgs>;

/** Cards sit in a column about as wide as a blog's sidebar or a third of a page. */
const cardWidth = (story: () => unknown) =>
  html`<div class="story-card-width">${story()}</div>
    <style>
      .story-card-width {
        max-inline-size: 24rem;
      }
    </style>`;

/**
 * The open post of the seed page, fetched from the blog's feed by `post-id`: title, author, date,
 * views and comments, the sanitized body, tags and share links.
 */
export const Full: Story = {
  args: { src: '/stories/feed.json', 'post-id': 'maritime-regulator-cyberattack', variant: 'full' },
  play: async ({ canvasElement }) => {
    const { element, root } = await rendered<TradePost>(canvasElement, 'trade-post');
    await settled(() => expect(root.textContent).toContain(uiText(element, 'post.views', { count: 18 })));
    expect(root.textContent).toContain(uiText(element, 'post.comments', { count: 0 }));
  },
};

/** Image, title, excerpt and meta, as in a list of posts. */
export const Card: Story = {
  args: { post: seedPosts()[0], variant: 'card' },
  decorators: [cardWidth],
};

/** Title and date only. */
export const Compact: Story = {
  args: { post: seedPosts()[2], variant: 'compact' },
};

/**
 * A body that tries scripts, event handlers, `javascript:`/`data:` links, frames, forms, styles and
 * a meta refresh. What shows is what the sanitizer keeps: prose, heading, list, table, quote, the
 * image and plain links. The play function checks that nothing dangerous reached the page.
 */
export const HostileHtmlSanitized: Story = {
  name: 'Hostile HTML (sanitized)',
  args: { post: hostilePost(), variant: 'full' },
  play: async ({ canvasElement }) => {
    const { root } = await rendered<TradePost>(canvasElement, 'trade-post');
    await settled(() => expect(root.textContent).toContain('Never pay a bond by wire transfer'));
    expect(root.querySelectorAll('script, iframe, object, embed, form, style, link, meta, base')).toHaveLength(0);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        expect(attribute.startsWith('on') || attribute === 'style').toBe(false);
      }
    }
    for (const link of root.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).not.toMatch(/^\s*(javascript|data):/i);
    }
    expect(root.querySelector('h1, h2, h3, h4, h5, h6')?.textContent).toContain('<script>');
  },
};

/** A card for a post that has no image: the text takes the whole card. */
export const NoImage: Story = {
  args: { post: { ...seedPosts()[1]!, image: undefined }, variant: 'card' },
  decorators: [cardWidth],
};

/** Fourteen tags wrapping in a narrow card. */
export const ManyTags: Story = {
  args: { post: manyTagsPost(), variant: 'card' },
  decorators: [cardWidth],
};

/** `post-id` names a post the feed does not have: the not-found message. */
export const NotFound: Story = {
  args: { src: '/stories/feed.json', 'post-id': 'no-such-post' },
};

/** The full post in the dark theme on a dark page. */
export const Dark: Story = {
  args: { post: seedPost(), variant: 'full' },
  globals: { theme: 'dark' },
};

/**
 * A full post that counts its views: once it has been at least half visible for a second,
 * `trade-post-view` fires (see the Actions panel) and `{ id, url, page }` goes to `views-endpoint`
 * without cookies — once per post per tab, and never when the browser sends Global Privacy Control.
 */
export const CountsViews: Story = {
  args: { src: '/stories/feed.json', 'post-id': 'importer-pleads-guilty', 'views-endpoint': '/stories/views' },
};
