// Keeps the feed and post events the page saw (type, the page's element it came from, and the
// error's kind), for a test in the parent frame: `window.feedEvents`.
window.feedEvents = [];
for (const type of ['trade-feed-load', 'trade-feed-error', 'trade-post-load', 'trade-post-error']) {
  document.addEventListener(type, (event) =>
    window.feedEvents.push({ type, target: event.target.localName, kind: event.detail.error?.kind }),
  );
}
