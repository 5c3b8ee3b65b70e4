// The hand-written baseline: one custom element, one shadow root, its innerHTML set to the markup a
// <trade-news-feed> of cards shows (the same articles, headings, links, times, images, lists and
// classes) with the same CSS. It is what a careful author would write without a framework or
// nested elements: the floor the real elements are measured against.
(() => {
  const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const escape = (value) => String(value).replace(/[&<>"']/g, (c) => escapes[c]);
  const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long' });
  const count = (n, one, other) => `${n} ${n === 1 ? one : other}`;

  function excerpt(text, length) {
    if (!text || text.length <= length) return text ?? '';
    const cut = text.slice(0, length);
    const space = cut.lastIndexOf(' ');
    return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }

  function author(post) {
    const first = post.authors[0];
    if (!first) return '';
    const name = first.url
      ? `<a href="${escape(first.url)}" target="_self">${escape(first.name)}</a>`
      : escape(first.name);
    return `<span class="author"><span part="author">${name}</span></span>`;
  }

  function card(post) {
    const date = post.datePublished;
    return `<li part="item" class="item"><article part="article" tabindex="-1" class="post post--card">
<img alt="" loading="lazy" decoding="async" class="image" part="image" src="${escape(post.image)}" width="1200" height="675">
<div class="card__content">
<h3 class="title" part="title"><a part="title-link" href="${escape(post.url)}" target="_self">${escape(post.title)}</a></h3>
<p class="meta" part="meta">${author(post)}${
      date ? `<time part="date" datetime="${escape(date)}">${longDate.format(new Date(date))}</time>` : ''
    }</p>
<p class="excerpt" part="excerpt">${escape(excerpt(post.summary, 160))}</p>
<ul class="tags" part="tags" aria-label="Tags">${post.tags.map((tag) => `<li part="tag">${escape(tag)}</li>`).join('')}</ul>
<p class="stats" part="stats"><span>${count(post.views, 'view', 'views')}</span> <span>${count(post.comments, 'comment', 'comments')}</span></p>
</div></article></li>`;
  }

  class BaselineFeed extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this.styles = '';
    }

    set posts(posts) {
      this.shadowRoot.innerHTML = `<style>${this.styles}</style><section part="base" class="base layout-list" aria-labelledby="heading">
<div part="header" class="header"><h2 id="heading" part="heading" class="heading">Recent Posts</h2></div>
<div class="body"><ul id="list" part="list" class="list" role="list">${posts.map(card).join('')}</ul></div>
</section><div part="status" class="visually-hidden" role="status"></div>`;
    }
  }

  customElements.define('baseline-feed', BaselineFeed);
})();
