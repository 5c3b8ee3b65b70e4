// The HTML a partner pastes: the script-tag snippet or the iframe snippet, from the chosen widget
// and options. Pure functions of their arguments.

/** Escapes text for an HTML attribute value or element content. */
export const escapeHtml = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

export const TAGS = { feed: 'trade-news-feed', post: 'trade-post', form: 'broker-contact-form' };

export const cdnUrl = (version) => `https://cdn.jsdelivr.net/npm/trade-widgets@${version}/dist/trade-widgets.min.js`;

/** `name="value"` pairs; an empty value is a boolean attribute and is written bare. */
const attributeText = (attributes) =>
  attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');

const FALLBACK = {
  en: {
    feed: 'Trade news from our customs broker',
    post: 'Read this post from our customs broker',
    form: 'Need assistance from a licensed customs broker? Write to',
  },
  es: {
    feed: 'Noticias de comercio de nuestro agente de aduanas',
    post: 'Lea esta publicación de nuestro agente de aduanas',
    form: '¿Necesita ayuda de un agente de aduanas autorizado? Escriba a',
  },
  fr: {
    feed: 'Actualités du commerce de notre commissionnaire en douane',
    post: 'Lire cet article de notre commissionnaire en douane',
    form: 'Besoin de l’aide d’un commissionnaire en douane agréé ? Écrivez à',
  },
};

/**
 * What shows before the script runs, or where it never does: a link to the news (or the post), or
 * the address to write to. Empty when there is nothing to link to.
 */
export function fallbackHtml({ widget, lang, link, email }) {
  const words = FALLBACK[lang] ?? FALLBACK.en;
  if (widget === 'form') {
    return email
      ? `<p>${escapeHtml(words.form)} <a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>.</p>`
      : '';
  }
  return link ? `<a href="${escapeHtml(link)}">${escapeHtml(words[widget])}</a>` : '';
}

/**
 * The script-tag snippet: the version-pinned script with its integrity hash, then the element
 * with its attributes and fallback content. `accent` becomes the element's
 * `--trade-color-accent`.
 */
export function scriptSnippet({ version, integrity, widget, attributes, accent, fallback }) {
  const tag = TAGS[widget];
  const integrityText = integrity ? ` integrity="${escapeHtml(integrity)}"` : '';
  const style = accent ? ` style="--trade-color-accent: ${escapeHtml(accent)}"` : '';
  const inner = fallback ? `\n  ${fallback}\n` : '';
  return (
    `<script src="${escapeHtml(cdnUrl(version))}"${integrityText} crossorigin="anonymous" blocking="render"></script>\n` +
    `<${tag}${attributeText(attributes)}${style}>${inner}</${tag}>\n`
  );
}

/** The embed page's address with the widget's attributes as its query string. */
export function embedSrc({ embedUrl, widget, attributes, accent }) {
  const params = new URLSearchParams({ widget });
  for (const [name, value] of attributes) params.append(name, value);
  if (accent) params.append('accent', accent);
  return `${embedUrl}?${params}`;
}

const TITLES = {
  feed: 'Trade news from our customs broker',
  post: 'A post from our customs broker',
  form: 'Contact a licensed customs broker',
};
const HEIGHTS = { feed: 560, post: 720, form: 760 };

/**
 * The iframe snippet: the frame (it works alone at a fixed height) and an optional few lines that
 * let it fit its content, from the `{ tradeWidgetsHeight }` messages of the embed page.
 */
export function iframeSnippet({ embedUrl, widget, attributes, accent }) {
  const src = embedSrc({ embedUrl, widget, attributes, accent });
  const origin = new URL(embedUrl).origin;
  return (
    `<iframe src="${escapeHtml(src)}" title="${TITLES[widget]}" data-trade-widgets height="${HEIGHTS[widget]}" loading="lazy" style="display: block; width: 100%; border: 0"></iframe>\n` +
    `<script>\n` +
    `  // Optional: fits the frame to its content.\n` +
    `  addEventListener('message', function (event) {\n` +
    `    var height = event.data && event.data.tradeWidgetsHeight;\n` +
    `    if (event.origin !== ${JSON.stringify(origin).replace(/</g, '\\u003c')} || typeof height !== 'number') return;\n` +
    `    document.querySelectorAll('iframe[data-trade-widgets]').forEach(function (frame) {\n` +
    `      if (frame.contentWindow === event.source) frame.style.height = height + 'px';\n` +
    `    });\n` +
    `  });\n` +
    `</script>\n`
  );
}
