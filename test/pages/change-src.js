// Runs after the loader and before the element code it requested has arrived: every feed and post
// on the page switches to the run's feed.json, so what the loader started for their old sources must not show.
for (const element of document.querySelectorAll('trade-news-feed, trade-post'))
  element.setAttribute('src', '../feed.json');
