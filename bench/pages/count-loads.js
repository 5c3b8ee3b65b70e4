// Counts `trade-feed-load` and `trade-feed-error` events from the moment the page starts.
window.feedEvents = { load: 0, error: 0 };
document.addEventListener('trade-feed-load', () => (window.feedEvents.load += 1));
document.addEventListener('trade-feed-error', () => (window.feedEvents.error += 1));
