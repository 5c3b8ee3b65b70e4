/**
 * The box each element takes, worked out from its attributes and its own width alone, so that a
 * partner's page does not move while our code and the posts arrive. It is one style sheet for the
 * page (not the shadow root): it applies to a tag before its code has arrived and to the element
 * after, so the box is the same in both. Each element gets an invisible floated `::before` as tall
 * as the box; what the element shows (fallback content, placeholder, posts, form) sits beside it,
 * so the element is exactly that tall unless its content is taller.
 *
 * Every piece the formulas count has a fixed room in the element's styles (a card's title is two
 * lines, its excerpt three, its tags one, filled or not; see the `*.styles.ts` files), and the
 * numbers here are the same; test/shared/reserve.test.ts holds the two together. The loader carries this file, so it imports nothing of Lit.
 *
 * Widths are percentages: the height is the `::before`'s top padding, where `100%` is the element's
 * own width in every engine (WebKit resolves container units and queries on an element's own
 * pseudo-element against the viewport instead). Where the elements' styles switch at a container
 * width (columns, lines), `atLeast` gives the same 1 or 0.
 */

import { PROFILES_ROW_BLOCK_SIZE } from '../components/trade-news-feed/profiles-row.js';

/** 1 where `length` is at least `min`, else 0 (layout works in 1/64 px: .005px settles a tie as `min-width` does). */
const atLeast = (length: string, min: string): string => `max(0, sign(${length} - ${min} + .005px))`;

/** Declarations on `tag`'s `::before` when it matches `when`: custom properties read their `var()`s where they are declared, so every one of them lives there. */
const on = (tag: string, when: string, body: string): string => `${tag}${when}::before{${body}}`;

/**
 * The sizes of a card's pieces (trade-post.styles.ts), each with the gap above it, for a card
 * `--_r-w` wide, and of a compact line `--_r-wb` wide.
 */
const pieces = (tag: string): string =>
  on(
    tag,
    '',
    '--_r-gap:calc(var(--_r-s) * .75);--_r-img:calc((var(--_r-w) - 2px) * 9 / 16);--_r-title:3.0875rem;' +
      '--_r-meta:calc(2rem + var(--_r-gap));--_r-excerpt:calc(4.5rem + var(--_r-gap));--_r-tags:calc(1.375rem + var(--_r-gap));' +
      '--_r-stats:calc(1.71875rem + 1px + var(--_r-gap));' +
      '--_r-card:calc(2px + 2 * var(--_r-s) + var(--_r-img) + var(--_r-title) + var(--_r-meta) + var(--_r-excerpt) + var(--_r-tags) + var(--_r-stats));' +
      // Padding, title (two lines, one from 40rem), the date and the rule between lines.
      `--_r-lines:calc(2 - ${atLeast('var(--_r-wb)', '40rem')});--_r-compact:calc(2.2625rem + var(--_r-lines) * 1.4rem + 1px)`,
  ) +
  ['image:img', 'excerpt:excerpt', 'tags:tags', 'stats:stats']
    .map((pair) => {
      const [token, name] = pair.split(':');
      return on(tag, `[hide~=${token}]`, `--_r-${name}:0px`);
    })
    .join('') +
  on(tag, '[hide~=author][hide~=date]', '--_r-meta:0px') +
  on(tag, '[excerpt-length="0"]', '--_r-excerpt:0px');

/**
 * `<trade-news-feed>`: the header, the search box, `limit` posts (up to twelve, a screenful) in
 * rows of the layout's columns, "Load more" and the "Follow" row of a `profiles` attribute
 * (trade-news-feed.styles.ts, profiles-row.ts). The dark theme pads it. Profiles that only the feed
 * itself names cannot be known in advance: their row comes with the posts.
 */
const feed = (tag = 'trade-news-feed'): string =>
  on(
    tag,
    '',
    '--_r-n:3;--_r-pad:0px;--_r-cols:1;--_r-gap-list:var(--trade-news-feed-gap, var(--_r-s));' +
      '--_r-head:calc(var(--trade-news-feed-heading-size, 1.25rem) * 1.25 + var(--_r-s) * 1.25 + 1px);--_r-search:0px;--_r-more:0px;--_r-follow:0px;' +
      '--_r-wb:calc(100% - 2 * var(--_r-pad));--_r-w:calc((var(--_r-wb) - (var(--_r-cols) - 1) * var(--_r-gap-list)) / var(--_r-cols));' +
      '--_r-item:var(--_r-card);' +
      '--_r-h:calc(2 * var(--_r-pad) + var(--_r-head) + var(--_r-search) + var(--_r-more) + var(--_r-follow) + ' +
      'round(up, var(--_r-n) / var(--_r-cols), 1) * (var(--_r-item) + var(--_r-gap-list)) - var(--_r-gap-list))',
  ) +
  on(tag, '[limit]', '--_r-n:12') +
  Array.from({ length: 11 }, (_, i) => on(tag, `[limit="${i + 1}"]`, `--_r-n:${i + 1}`)).join('') +
  on(tag, '[theme=dark]', '--_r-pad:var(--_r-s)') +
  `@media (prefers-color-scheme:dark){${on(tag, ':not([theme=light])', '--_r-pad:var(--_r-s)')}}` +
  on(tag, '[heading=""]:not([see-all-href])', '--_r-head:0px') +
  on(tag, '[searchable]', '--_r-search:calc(2.75rem + var(--_r-gap))') +
  on(tag, '[load-more]', '--_r-more:calc(2.75rem + var(--_r-gap))') +
  on(tag, `[profiles*='http']:not([hide~=profiles])`, `--_r-follow:calc(${PROFILES_ROW_BLOCK_SIZE} + var(--_r-gap))`) +
  // Compact lines have a rule between them, not above the first.
  on(tag, '[layout=compact]', '--_r-item:calc(var(--_r-compact) - 1px);--_r-gap-list:1px') +
  // A grid of two columns from 34rem of list, three from 52rem.
  on(
    tag,
    '[layout=grid]',
    `--_r-cols:calc(1 + ${atLeast('var(--_r-wb)', '34rem')} + ${atLeast('var(--_r-wb)', '52rem')})`,
  ) +
  pieces(tag);

/**
 * `<trade-post>`: a card or compact line of its own width; a full post's title, meta line, lead
 * image and the first sixteen lines of its body (twenty-four without the image), which takes what
 * follows it below the first screen.
 */
const post = (tag = 'trade-post'): string =>
  on(
    tag,
    '',
    '--_r-w:100%;--_r-wb:100%;--_r-full:calc(2.36 * clamp(1.5rem, 1.15rem + 1.2vw, 2.125rem) + 2rem + var(--_r-gap) + 28.9rem);' +
      '--_r-h:calc(var(--_r-full) + 3 * var(--_r-s) + 100% * 9 / 16)',
  ) +
  pieces(tag) +
  on(tag, '[hide~=image]', '--_r-h:calc(var(--_r-full) + 1.5 * var(--_r-s) + 14.45rem)') +
  on(tag, '[variant=card]', '--_r-h:var(--_r-card)') +
  on(tag, '[variant=compact]', '--_r-h:calc(var(--_r-compact) - 1px)');

/**
 * `<broker-contact-form>`: its padding, the heading (two lines, one from 40rem inside the panel's
 * padding and border), the rows of fields — two to a row from 34rem of panel, the message and
 * the consent a row each; a field is its label line and control (4.5rem), the message 11.875rem,
 * the consent three lines (two beside two columns) — and the button (broker-contact-form.styles.ts).
 */
const form = (tag = 'broker-contact-form'): string => {
  const fields = ['name', 'email', 'phone', 'company', 'message'];
  const row = 'calc(var(--_r-s) * .875)';
  return (
    on(
      tag,
      '',
      `--_r-panel:calc(100% - 3 * var(--_r-s) - 2px);--_r-head:calc(2 - ${atLeast('var(--_r-panel)', '40rem')});` +
        `--_r-cols:calc(1 + ${atLeast('var(--_r-panel)', '34rem')});` +
        `--_r-consent-lines:calc(4 - var(--_r-cols));--_r-topic:0;--_r-consent:0;${fields.map((name) => `--_r-${name}:1;`).join('')}` +
        `--_r-h:calc(3 * var(--_r-s) + 2.875rem + 2px + var(--_r-head) * 1.625rem + min(var(--_r-head), 1) * var(--_r-s) + ` +
        `(4.5rem + ${row}) * round(up, (var(--_r-name) + var(--_r-email) + var(--_r-phone) + var(--_r-company) + var(--_r-topic)) / var(--_r-cols), 1) + ` +
        `(11.875rem + ${row}) * var(--_r-message) + (var(--_r-consent-lines) * 1.5rem + ${row}) * var(--_r-consent))`,
    ) +
    // `fields` names the fields shown; each one it leaves out is not counted.
    on(tag, '[fields]', fields.map((name) => `--_r-${name}:0;`).join('')) +
    fields.map((name) => on(tag, `[fields~=${name}]`, `--_r-${name}:1`)).join('') +
    on(tag, '[topics]:not([topics=""])', '--_r-topic:1') +
    on(tag, '[consent]:not([consent=""])', '--_r-consent:1') +
    on(tag, '[heading=""]', '--_r-head:0')
  );
};

const tags = ':where(trade-news-feed,trade-post,broker-contact-form)';

/**
 * The sheet: each tag contains its floats and floats its height beside its content, as top padding
 * (a percentage there is of the element's width). Zero specificity, so a partner's own rule for the
 * tag wins.
 */
export const reserveCss = (): string =>
  `${tags}:not([hidden]){display:flow-root}` +
  `${tags}::before{--_r-s:var(--trade-space, 1rem);content:"";float:inline-start;inline-size:0;block-size:0;padding-block-start:var(--_r-h)}` +
  feed() +
  post() +
  form();

/**
 * Adds the sheet to the page once (a constructed sheet: no `style-src` exception needed under a
 * strict Content-Security-Policy). Browsers without constructed sheets size the widgets as they load.
 */
export function reserveBoxes(): void {
  try {
    if (document.adoptedStyleSheets.some((sheet) => (sheet as Marked)[mark])) return;
    const sheet = new CSSStyleSheet() as Marked;
    sheet.replaceSync(reserveCss());
    sheet[mark] = true;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructed sheets here (or no document: a server).
  }
}

/** Marks our sheet, so a second copy of the library on the page does not add it again. */
const mark = Symbol.for('trade-widgets.reserve');
type Marked = CSSStyleSheet & { [mark]?: boolean };
