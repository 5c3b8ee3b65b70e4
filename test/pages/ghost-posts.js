// The partner's own script hands the feed raw Ghost Content API posts through its `posts`
// property (test/pages/ghost.json), once the element is defined.
const { posts } = await (await fetch('ghost.json')).json();
await customElements.whenDefined('trade-news-feed');
document.querySelector('trade-news-feed').posts = posts;
