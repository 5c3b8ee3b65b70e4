// Render timing: <trade-news-feed> with N posts against <baseline-feed> (baseline-feed.js), both
// created fresh, attached to the same stage and timed until their posts are laid out.
(() => {
  const stage = () => document.getElementById('stage');
  let posts = [];
  let css = '';

  /** Resolves once the feed and every card inside it have finished rendering. */
  async function rendered(feed) {
    await feed.updateComplete;
    const cards = [...feed.shadowRoot.querySelectorAll('trade-post')];
    await Promise.all(cards.map((card) => card.updateComplete));
  }

  /** Forces style and layout of the whole page, shadow trees included. */
  function layout() {
    return document.body.getBoundingClientRect().height + stage().offsetHeight;
  }

  /** Every rule a shadow root applies, from adopted sheets and <style> elements alike. */
  function cssOf(root) {
    const adopted = [...(root.adoptedStyleSheets ?? [])].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    const inline = [...root.querySelectorAll('style')].map((style) => style.textContent);
    return [...adopted, ...inline];
  }

  /** Tag counts over the flat tree (shadow roots included), to check both sides render alike. */
  function census(host) {
    const counts = {};
    const tags = /^(article|h[1-6]|a|time|img|ul|li|p)$/;
    const walk = (node) => {
      for (const child of node.children) {
        const tag = child.localName;
        if (tags.test(tag)) counts[tag] = (counts[tag] ?? 0) + 1;
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(host.shadowRoot);
    return counts;
  }

  async function mountFeed(n) {
    const feed = document.createElement('trade-news-feed');
    feed.limit = n;
    feed.posts = posts.slice(0, n);
    stage().append(feed);
    await rendered(feed);
    return feed;
  }

  function mountBaseline(n) {
    const baseline = document.createElement('baseline-feed');
    baseline.styles = css;
    baseline.posts = posts.slice(0, n);
    stage().append(baseline);
    return baseline;
  }

  window.bench = {
    setPosts(value) {
      posts = value;
    },

    /** Takes the feed's and a card's CSS for the baseline, and compares what both render. */
    async prepare(n) {
      const feed = await mountFeed(n);
      const card = feed.shadowRoot.querySelector('trade-post');
      css = [...cssOf(feed.shadowRoot), ...(card?.shadowRoot ? cssOf(card.shadowRoot) : [])].join('\n');
      const feedCounts = census(feed);
      feed.remove();
      const baseline = mountBaseline(n);
      const baselineCounts = census(baseline);
      baseline.remove();
      return { cssBytes: css.length, feed: feedCounts, baseline: baselineCounts };
    },

    async feedOnce(n) {
      const start = performance.now();
      const feed = await mountFeed(n);
      layout();
      const time = performance.now() - start;
      const shown = feed.shadowRoot.querySelectorAll('trade-post').length;
      feed.remove();
      return { time, shown };
    },

    baselineOnce(n) {
      const start = performance.now();
      const baseline = mountBaseline(n);
      layout();
      const time = performance.now() - start;
      const shown = baseline.shadowRoot.querySelectorAll('article').length;
      baseline.remove();
      return { time, shown };
    },
  };
})();
