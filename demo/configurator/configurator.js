// The configurator: feed check, options, live preview at three widths, and the snippet to paste.
// Runs under the demo's strict Content-Security-Policy: no inline script or style, no HTML strings
// (every node is built with DOM calls), styles only through classes and CSS custom properties.
import { CORS_HEADERS, checkFeed, feedCommand } from './check.js';
import { TAGS, embedSrc, fallbackHtml, iframeSnippet, scriptSnippet } from './snippet.js';

const $ = (selector) => document.querySelector(selector);
const form = $('#config');
const feedUrl = $('#feed-url');
const checkButton = $('#check');
const checkResult = $('#check-result');
const snippetBox = $('#snippet');
const snippetNote = $('#snippet-note');
const copyButton = $('#copy');
const copyStatus = $('#copy-status');
const postSelect = $('#post-id');

const bundleScript = document.querySelector('script[src$="trade-widgets.min.js"]');
const here = (path) => new URL(path, document.baseURI).href;

// Starting values: this site's own feed and contact endpoint, and the embed page beside the bundle.
feedUrl.value = here('api/feed.json');
$('#action').value = here('api/contact');
$('#embed-url').value = new URL('embed.html', bundleScript?.src ?? here('../dist/')).href;
$('#topics').value = 'Customs clearance, Duties and tariffs, Something else';
$('#see-all').value = here('news.html');

/** Builds an element with text and children, never through HTML strings. */
function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') element.className = value;
    else element.setAttribute(key, value);
  }
  element.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
  return element;
}

const value = (name) => form.elements.namedItem(name)?.value ?? '';

/** An address as the partner's page needs it: absolute. What is not http(s) stays as typed (the widget refuses it). */
function absolute(text) {
  try {
    const url = new URL(text.trim(), document.baseURI);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {
    // Not an address: the preview shows what the widget makes of it.
  }
  return text;
}
const checked = (name) => Boolean(form.elements.namedItem(name)?.checked);
const widget = () => value('widget') || 'feed';

// ---- the options ---------------------------------------------------------------------------

/** The element's attributes for the current choices, defaults left out. */
function attributes() {
  const w = widget();
  const list = [];
  const add = (name, v, fallback = '') => {
    const text = String(v ?? '').trim();
    if (text !== '' && text !== fallback) list.push([name, text]);
  };
  if (w === 'feed' || w === 'post') add('src', feedUrl.value.trim() && absolute(feedUrl.value));
  if (w === 'feed') {
    add('layout', value('layout'), 'list');
    const limit = Math.round(Number(value('limit')));
    if (Number.isFinite(limit) && limit >= 1 && limit <= 50) add('limit', limit, '3');
    add('heading', value('heading'));
    add('see-all-href', value('see-all-href').trim() && absolute(value('see-all-href')));
    if (checked('searchable')) list.push(['searchable', '']);
    if (checked('load-more')) list.push(['load-more', '']);
  }
  if (w === 'post') {
    add('post-id', value('post-id'));
    add('variant', value('variant'), 'full');
  }
  if (w === 'form') {
    add('action', value('action').trim() && absolute(value('action')));
    add('heading', value('heading'));
    add('topics', value('topics'));
    add('consent', value('consent'));
  }
  if (w === 'feed' || w === 'post') add('link-target', value('link-target'));
  add('theme', value('theme'), 'auto');
  add('lang', value('lang'));
  return list;
}

const accent = () => (checked('use-accent') ? value('accent') : '');

/** What the fallback links to: the "See All" page, or the post's own address. */
function fallbackLink() {
  if (widget() === 'post') {
    const id = value('post-id');
    const post = lastPosts.find((p) => p.id === id) ?? lastPosts[0];
    return post?.url ?? value('see-all-href');
  }
  return value('see-all-href');
}

/** Shows only the options of the chosen widget and embed kind. */
function showOptions() {
  const w = widget();
  for (const field of form.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').includes(w);
  const embed = value('embed');
  for (const field of form.querySelectorAll('[data-embed]')) field.hidden = field.dataset.embed !== embed;
  $('#heading').placeholder = w === 'form' ? 'Need assistance from a licensed customs broker?' : 'Recent Posts';
  $('#accent').disabled = !checked('use-accent');
}

// ---- the preview ---------------------------------------------------------------------------

const frames = [...document.querySelectorAll('.preview-frame')];

/** The embed page's address, as typed (falling back to the one beside the bundle). */
function embedUrl() {
  try {
    return new URL(value('embed-url'), document.baseURI).href;
  } catch {
    return here('../dist/embed.html');
  }
}

function renderPreview() {
  const w = widget();
  const attrs = attributes();
  const framed = value('embed') === 'iframe';
  for (const frame of frames) {
    let element;
    if (framed) {
      // What a partner's page shows with the iframe snippet; it fits its content (see below).
      element = h('iframe', {
        class: 'preview-iframe',
        title: `Preview at ${frame.dataset.width} px`,
        src: embedSrc({ embedUrl: embedUrl(), widget: w, attributes: attrs, accent: accent() }),
      });
    } else {
      element = document.createElement(TAGS[w]);
      for (const [name, v] of attrs) element.setAttribute(name, v);
      // The three copies share one draft otherwise.
      if (w === 'form') element.id = `preview-form-${frame.dataset.width}`;
      if (accent()) element.style.setProperty('--trade-color-accent', accent());
      // The preview never leaves the configurator: a post link is shown, not followed.
      element.addEventListener('trade-post-select', (event) => event.preventDefault());
      element.addEventListener('broker-contact-submit', (event) => event.preventDefault());
    }
    frame.replaceChildren(element);
  }
}

// The iframe snippet's auto-height, for the preview's frames.
addEventListener('message', (event) => {
  const height = event.data?.tradeWidgetsHeight;
  if (typeof height !== 'number') return;
  for (const iframe of document.querySelectorAll('.preview-iframe')) {
    if (iframe.contentWindow === event.source) iframe.style.height = `${height}px`;
  }
});

// ---- the snippet ---------------------------------------------------------------------------

let integrity;
let integrityProblem = '';

/** sha384 of the bundle this page loaded: the same bytes as the published file of that version. */
async function computeIntegrity() {
  if (!bundleScript) return;
  try {
    if (!crypto.subtle) throw new Error('insecure');
    const bytes = await (await fetch(bundleScript.src, { cache: 'no-store' })).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    integrity = `sha384-${btoa(String.fromCharCode(...digest))}`;
  } catch {
    integrityProblem = crypto.subtle
      ? 'Could not read trade-widgets.min.js to compute its integrity hash.'
      : 'The integrity hash needs https (or localhost): open this page over https to include it.';
  }
}

const version = () => window.TradeWidgets?.version ?? '0.0.0';

function renderSnippet() {
  const w = widget();
  const attrs = attributes();
  if (value('embed') === 'iframe') {
    snippetBox.value = iframeSnippet({ embedUrl: embedUrl(), widget: w, attributes: attrs, accent: accent() });
    snippetNote.textContent =
      'Paste where your platform accepts HTML. The frame works alone at a fixed height; the script below it (optional) fits it to the widget.';
  } else {
    snippetBox.value = scriptSnippet({
      version: version(),
      integrity,
      widget: w,
      attributes: attrs,
      accent: accent(),
      fallback: fallbackHtml({ widget: w, lang: value('lang'), link: fallbackLink(), email: value('email') }),
    });
    snippetNote.textContent = integrity
      ? `trade-widgets ${version()} from jsDelivr, pinned by its sha384 integrity hash. Paste the script once per page, the element where the widget goes.`
      : integrityProblem || 'Computing the integrity hash…';
  }
  snippetBox.rows = Math.min(16, snippetBox.value.split('\n').length + 1);
}

// ---- the choices live in the address: a reload keeps them, and a link shares them -------------

/** The named controls' values, as the page's hash (`#widget=feed&layout=grid…`). */
function saveChoices() {
  const params = new URLSearchParams();
  for (const control of form.elements) {
    if (!control.name || control.disabled || control.type === 'button') continue;
    if ((control.type === 'radio' || control.type === 'checkbox') && !control.checked) continue;
    params.append(control.name, control.type === 'checkbox' ? 'on' : control.value);
  }
  history.replaceState(history.state, '', `#${params}`);
}

let pendingPostId = '';

/** Fills the controls from the page's hash, where there is one. */
function restoreChoices() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.size) return;
  for (const control of form.elements) {
    if (!control.name || control.type === 'button') continue;
    if (control.type === 'radio') {
      if (params.has(control.name)) control.checked = params.get(control.name) === control.value;
    } else if (control.type === 'checkbox') control.checked = params.has(control.name);
    else if (params.has(control.name)) control.value = params.get(control.name);
  }
  // The post list arrives with the check.
  pendingPostId = params.get('post-id') ?? '';
}

function update() {
  showOptions();
  renderPreview();
  renderSnippet();
  saveChoices();
  copyStatus.textContent = '';
}

// Text fields update after a short pause in typing; choices at once.
let typing;
form.addEventListener('input', (event) => {
  clearTimeout(typing);
  if (event.target.matches('input[type="text"], input[type="url"], input[type="email"], input[type="number"]')) {
    typing = setTimeout(update, 300);
  } else {
    update();
  }
});
form.addEventListener('change', (event) => {
  if (event.target.matches('select, input[type="radio"], input[type="checkbox"], input[type="color"]')) return;
  clearTimeout(typing);
  update();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  runCheck();
});

// ---- the feed check ------------------------------------------------------------------------

let lastPosts = [];
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

function codeBlock(lines) {
  return h('pre', { class: 'code' }, h('code', {}, lines.join('\n')));
}

function showCheck(result) {
  if (result.ok) {
    const parts = [
      h('strong', {}, result.format),
      ` · ${result.count} ${result.count === 1 ? 'post' : 'posts'}`,
      result.skipped ? ` (${result.skipped} skipped: nothing to show)` : '',
      result.newest
        ? [' · newest ', h('time', { datetime: result.newest }, dateFormat.format(new Date(result.newest)))]
        : '',
      result.title ? ` · “${result.title}”` : '',
    ];
    const notes = [];
    if (result.cors.crossOrigin) {
      notes.push(h('p', {}, 'Other sites can read it: the server sends CORS headers.'));
    } else if (result.cors.allowOrigin) {
      notes.push(
        h(
          'p',
          {},
          'Partner sites can read it: it sends ',
          h('code', {}, `Access-Control-Allow-Origin: ${result.cors.allowOrigin}`),
          '.',
        ),
      );
    } else {
      notes.push(
        h(
          'p',
          { class: 'warning' },
          'This page can read it (same site), but it sends no CORS headers, so partner sites on other domains cannot. Add:',
        ),
        codeBlock(CORS_HEADERS),
      );
    }
    if (result.scanned) {
      notes.push(
        h(
          'p',
          {},
          'Counted from the text: this page enforces Trusted Types, under which RSS and Atom are not parsed. ',
          'A JSON Feed (',
          h('code', {}, feedCommand(result.url)),
          ') works everywhere.',
        ),
      );
    }
    if (result.count === 0)
      notes.push(h('p', { class: 'warning' }, 'The feed has no posts yet: the widget will say "No posts yet".'));
    checkResult.replaceChildren(h('p', { class: 'ok' }, 'Found ', parts), ...announcedNote(result), ...notes);
    checkResult.dataset.state = 'ok';
    lastPosts = result.posts;
    fillPosts(result.posts);
  } else {
    const children = [...announcedNote(result), h('p', { class: 'problem' }, result.message)];
    if (result.rest) {
      // A WordPress site: its REST API sends the CORS headers its RSS lacks.
      const use = h('button', { type: 'button', class: 'use-rest' }, 'Use the REST API');
      use.addEventListener('click', () => {
        feedUrl.value = result.rest.url;
        runCheck();
      });
      children.push(
        h(
          'p',
          { class: 'ok' },
          `This is a WordPress site, and its REST API can be read from other sites (${result.rest.count} ${result.rest.count === 1 ? 'post' : 'posts'}, with featured images): `,
          h('code', {}, result.rest.url),
          ' ',
          use,
        ),
      );
    }
    if (result.problem === 'cors') {
      children.push(
        h('p', {}, 'Ask whoever runs the feed to add these response headers:'),
        codeBlock(CORS_HEADERS),
        h(
          'p',
          {},
          'or publish a copy of the feed that partners can read, with the package’s command, and host it with those headers:',
        ),
        codeBlock([feedCommand(result.url)]),
      );
    } else if (result.problem === 'not-a-feed') {
      children.push(
        h('p', {}, 'Use the feed’s own address (often /feed, /rss.xml, /feed.json or /wp-json/wp/v2/posts).'),
      );
    }
    checkResult.replaceChildren(...children);
    checkResult.dataset.state = result.problem;
  }
}

/**
 * When the address was a web page: which feed it announces. The address field then holds the feed's
 * address, which is what the widget needs.
 */
function announcedNote(result) {
  if (!result.announcedBy) return [];
  feedUrl.value = result.url;
  return [
    h(
      'p',
      { class: 'announced' },
      'That address is a web page; it announces its ',
      result.announced,
      ' at ',
      h('code', {}, result.url),
      result.ok ? ', which the widget now uses.' : '.',
    ),
  ];
}

function fillPosts(posts) {
  const current = postSelect.value;
  postSelect.replaceChildren(
    h('option', { value: '' }, 'The newest post'),
    ...posts.slice(0, 50).map((post) => h('option', { value: post.id }, post.title)),
  );
  const wanted = pendingPostId || current;
  pendingPostId = '';
  postSelect.value = posts.some((p) => p.id === wanted) ? wanted : '';
}

let checking = 0;
async function runCheck() {
  const run = ++checking;
  // The button stays enabled (a disabled button drops keyboard focus); a newer check wins.
  checkResult.setAttribute('aria-busy', 'true');
  checkResult.replaceChildren(h('p', {}, 'Checking…'));
  delete checkResult.dataset.state;
  try {
    const result = await checkFeed(feedUrl.value);
    if (run === checking) showCheck(result);
  } catch (error) {
    if (run === checking) showCheck({ ok: false, problem: 'error', message: `The check failed: ${error}` });
  } finally {
    if (run === checking) {
      checkResult.removeAttribute('aria-busy');
      update();
    }
  }
}
checkButton.addEventListener('click', runCheck);

// ---- copy ----------------------------------------------------------------------------------

copyButton.addEventListener('click', async () => {
  const text = snippetBox.value;
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    // No clipboard access (http page, or permission refused): copy the selection instead.
    snippetBox.focus();
    snippetBox.select();
    done = document.execCommand?.('copy') ?? false;
  }
  // A change of text is what a status region announces, so clear it first.
  copyStatus.textContent = '';
  requestAnimationFrame(() => {
    copyStatus.textContent = done ? 'Copied' : 'Press Ctrl+C (or ⌘C) to copy the selected snippet';
  });
});

// ---- start ---------------------------------------------------------------------------------

restoreChoices();
update();
computeIntegrity().then(renderSnippet);
runCheck();
