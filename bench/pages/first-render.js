// Runs before the bundle: notes when the first feed has rendered its posts, in milliseconds since
// navigation start (performance.now()'s origin), after forcing the layout that makes them visible.
window.firstFeed = new Promise((resolve) => {
  document.addEventListener(
    'trade-feed-load',
    (event) => {
      const feed = event.target;
      const cards = feed.shadowRoot ? [...feed.shadowRoot.querySelectorAll('trade-post')] : [];
      const visible = cards.filter((card) => card.getBoundingClientRect().height > 0).length;
      const at = performance.now();
      performance.mark('trade-feed-rendered');
      resolve({ at, posts: event.detail.posts.length, visible });
    },
    { once: true },
  );
});
