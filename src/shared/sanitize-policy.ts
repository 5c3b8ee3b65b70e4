import type { PurifyPolicy } from './purify.js';

/**
 * The body sanitizer's one policy: what survives of a post body, which both the HTML Sanitizer API
 * and the DOMPurify fallback are configured from, and the URL schemes the post-pass keeps.
 */

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

const ALLOWED_ATTR = [
  'abbr',
  'alt',
  'cite',
  'colspan',
  'datetime',
  'dir',
  'height',
  'href',
  'lang',
  'open',
  'rel',
  'reversed',
  'rowspan',
  'scope',
  'sizes',
  'span',
  'src',
  'srcset',
  'start',
  'target',
  'title',
  'type',
  'value',
  'width',
];

export const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
export const MEDIA_SCHEMES = new Set(['http:', 'https:']);
export const KEPT_REL = new Set(['nofollow', 'ugc', 'sponsored', 'external', 'noopener', 'noreferrer']);

/**
 * Elements removed together with their content (DOMPurify's list of such elements, plus form
 * controls and plug-ins). Any other element outside the allow-list leaves its content behind.
 */
const REMOVE_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'title',
  'head',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'select',
  'option',
  'textarea',
  'audio',
  'video',
  'svg',
  'math',
];

/** The one policy: the Sanitizer API configuration and DOMPurify's are both made from it. */
export const POLICY: PurifyPolicy = {
  elements: ALLOWED_TAGS,
  attributes: ALLOWED_ATTR,
  removeWithContent: REMOVE_WITH_CONTENT,
};
