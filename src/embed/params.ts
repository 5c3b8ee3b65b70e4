import { pageUrl } from '../shared/url.js';

/**
 * What `dist/embed.html` accepts in its query string: which widget, and that element's attributes
 * by their own names. Every value is checked the way the element reads it — enumerated values
 * against their list, numbers against their range, addresses http(s) only (absolute, or relative
 * to the embed page) — and anything else, or any name not listed, is left out, so the element
 * falls back to its default.
 */

type Check =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'url' }
  | { kind: 'bool' }
  | { kind: 'tokens'; values: readonly string[] }
  | { kind: 'text' }
  | { kind: 'lang' };

const text: Check = { kind: 'text' };
const url: Check = { kind: 'url' };
const bool: Check = { kind: 'bool' };
const int = (min: number, max: number): Check => ({ kind: 'int', min, max });
const oneOf = (...values: string[]): Check => ({ kind: 'enum', values });
const tokens = (...values: string[]): Check => ({ kind: 'tokens', values });

const common = {
  lang: { kind: 'lang' },
  theme: oneOf('auto', 'light', 'dark'),
} satisfies Record<string, Check>;

/** In a frame, links open in the top window unless the page asks for a new one. */
const linkTarget = oneOf('_top', '_blank');

const formFields = ['name', 'email', 'phone', 'company', 'message'];

export const WIDGETS = {
  feed: {
    tag: 'trade-news-feed',
    attributes: {
      ...common,
      src: url,
      format: oneOf('auto', 'json-feed', 'wordpress', 'ghost', 'rss', 'atom', 'simple'),
      limit: int(1, 100),
      layout: oneOf('list', 'grid', 'compact'),
      heading: text,
      'heading-level': int(1, 6),
      'see-all-href': url,
      hide: tokens('image', 'excerpt', 'author', 'date', 'tags', 'stats', 'profiles'),
      // Space-separated URLs: the element shows only the http(s) ones.
      profiles: text,
      tag: text,
      searchable: bool,
      'load-more': bool,
      'excerpt-length': int(0, 5000),
      loading: oneOf('eager', 'lazy'),
      refresh: int(0, 86400),
      'cache-ttl': int(0, 86400),
      timeout: int(1, 120000),
      'link-target': linkTarget,
    },
  },
  post: {
    tag: 'trade-post',
    attributes: {
      ...common,
      src: url,
      'post-id': text,
      variant: oneOf('full', 'card', 'compact'),
      hide: tokens('image', 'author', 'date', 'stats', 'tags', 'share', 'excerpt', 'reading-time'),
      'heading-level': int(1, 6),
      'date-style': oneOf('long', 'short', 'relative'),
      'excerpt-length': int(0, 5000),
      timeout: int(1, 120000),
      'link-target': linkTarget,
      'views-endpoint': url,
    },
  },
  form: {
    tag: 'broker-contact-form',
    attributes: {
      ...common,
      action: url,
      encoding: oneOf('json', 'form'),
      fields: tokens(...formFields),
      required: tokens(...formFields),
      topics: text,
      consent: text,
      heading: text,
      'submit-label': text,
      'success-message': text,
      timeout: int(1, 120000),
    },
  },
} as const satisfies Record<string, { tag: string; attributes: Record<string, Check> }>;

export type WidgetName = keyof typeof WIDGETS;

export interface EmbedConfig {
  widget: WidgetName;
  tag: string;
  /** Attribute name → value, in the order they came, each one checked. */
  attributes: [string, string][];
  /** `--trade-color-accent`, from `accent=`: a CSS colour. */
  accent?: string;
  /** Names given but left out (unknown, or a value that does not pass). */
  ignored: string[];
}

/** Longest text value taken (a heading, a consent sentence, a list of topics). */
const MAX_TEXT = 500;

function check(rule: Check, raw: string, base: string): string | undefined {
  const value = raw.trim();
  switch (rule.kind) {
    case 'enum':
      return rule.values.includes(value) ? value : undefined;
    case 'int': {
      if (!/^\d+$/.test(value)) return undefined;
      const n = Number(value);
      return n >= rule.min && n <= rule.max ? String(n) : undefined;
    }
    case 'url':
      return pageUrl(value, base)?.href;
    case 'bool':
      return /^(|true|1|yes|on)$/i.test(value) ? '' : undefined;
    case 'tokens': {
      const list = value.split(/[\s,]+/).filter(Boolean);
      return list.length && list.every((t) => rule.values.includes(t)) ? list.join(' ') : undefined;
    }
    case 'lang':
      return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value) ? value : undefined;
    case 'text':
      return raw.length <= MAX_TEXT ? raw : undefined;
  }
}

/** A CSS colour, as the browser reads one; anything else (a `url()`, a `;`) is refused. */
function colour(value: string): string | undefined {
  const v = value.trim();
  return v && v.length <= 64 && typeof CSS !== 'undefined' && CSS.supports('color', v) ? v : undefined;
}

/**
 * Reads the embed page's query string. `widget` is `feed`, `post` or `form`; returns undefined
 * when it is missing or unknown.
 */
export function readEmbedParams(params: URLSearchParams, base: string): EmbedConfig | undefined {
  const widget = params.get('widget')?.trim() as WidgetName | undefined;
  if (!widget || !Object.hasOwn(WIDGETS, widget)) return undefined;
  const { tag, attributes: rules } = WIDGETS[widget];
  const config: EmbedConfig = { widget, tag, attributes: [], ignored: [] };
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (name === 'widget' || seen.has(name)) continue;
    seen.add(name);
    if (name === 'accent') {
      const value = colour(raw);
      if (value) config.accent = value;
      else config.ignored.push(name);
      continue;
    }
    const rule = Object.hasOwn(rules, name) ? (rules as Record<string, Check>)[name] : undefined;
    const value = rule && check(rule, raw, base);
    if (value === undefined) config.ignored.push(name);
    else config.attributes.push([name, value]);
  }
  if (widget !== 'form' && !config.attributes.some(([name]) => name === 'link-target')) {
    config.attributes.push(['link-target', '_top']);
  }
  return config;
}
