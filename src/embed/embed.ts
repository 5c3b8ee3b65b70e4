// dist/trade-widgets.embed.js: the script of dist/embed.html, the page partners put in an iframe
// where their platform takes no script tag. It builds the one widget the query string names, and
// tells the parent page its height whenever that changes, so the frame can fit it.
import { readEmbedParams, type EmbedConfig } from './params.js';

const TITLES: Record<EmbedConfig['widget'], string> = {
  feed: 'Recent posts',
  post: 'Post',
  form: 'Contact form',
};

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  html, body { margin: 0; padding: 0; background: transparent; }
  body { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  #trade-widgets-embed { display: flow-root; }
  .trade-widgets-embed-message { font: 1rem/1.5 system-ui, sans-serif; margin: 1rem; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const root =
  document.getElementById('trade-widgets-embed') ?? document.body.appendChild(document.createElement('main'));
const config = readEmbedParams(new URLSearchParams(location.search), location.href);

if (config) {
  const element = document.createElement(config.tag);
  for (const [name, value] of config.attributes) element.setAttribute(name, value);
  if (config.accent) element.style.setProperty('--trade-color-accent', config.accent);
  const lang = element.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
  document.title = TITLES[config.widget];
  if (config.ignored.length) console.warn(`trade-widgets embed: ignored ${config.ignored.join(', ')}`);
  root.replaceChildren(element);
} else {
  const message = document.createElement('p');
  message.className = 'trade-widgets-embed-message';
  message.textContent = 'This embed needs ?widget=feed, ?widget=post or ?widget=form in its address.';
  root.replaceChildren(message);
}

// The parent learns the height of the content (not of the frame's viewport, which is the frame's own
// height): each change once, as `{ tradeWidgetsHeight: <px> }`.
let last = -1;
const report = () => {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  if (window.parent !== window) window.parent.postMessage({ tradeWidgetsHeight: height }, '*');
};
new ResizeObserver(report).observe(root);
