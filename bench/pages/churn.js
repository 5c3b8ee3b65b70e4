// One add/remove cycle of all three elements, each used the way a page uses it: a feed fetching
// its (cached) URL with search, "Load more" and a refresh timer; a full post with a sanitized
// body; a contact form with topics and consent. Each is removed once it has rendered its content.
(() => {
  const stage = () => document.getElementById('stage');
  let post;
  let timeouts = 0;

  const within = (promise, ms) =>
    Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('timeout'), ms))]).then((value) => {
      if (value === 'timeout') timeouts += 1;
    });

  const waitFor = async (check, ms) => {
    const end = performance.now() + ms;
    while (!check()) {
      if (performance.now() > end) {
        timeouts += 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  async function cycle() {
    const feed = document.createElement('trade-news-feed');
    feed.setAttribute('src', '/feeds/churn.json');
    feed.setAttribute('refresh', '60');
    feed.setAttribute('limit', '5');
    feed.searchable = true;
    feed.loadMore = true;

    const card = document.createElement('trade-post');
    card.post = post;

    const form = document.createElement('broker-contact-form');
    form.setAttribute('action', '/api/contact');
    form.setAttribute('topics', 'Customs clearance, Freight, Tariff classification');
    form.setAttribute('consent', 'I agree to be contacted about my request.');

    const loaded = new Promise((resolve) => feed.addEventListener('trade-feed-load', resolve, { once: true }));
    stage().append(feed, card, form);
    await within(loaded, 3000);
    await form.updateComplete;
    await card.updateComplete;
    // The body renders once the sanitizer has loaded and cleaned it.
    await waitFor(() => (card.shadowRoot?.textContent ?? '').includes('Federal Register'), 3000);
    feed.remove();
    card.remove();
    form.remove();
  }

  window.bench = {
    setPost(value) {
      post = value;
    },
    async cycles(count) {
      for (let i = 0; i < count; i++) await cycle();
      return { timeouts, nodes: document.getElementsByTagName('*').length };
    },
  };
})();
