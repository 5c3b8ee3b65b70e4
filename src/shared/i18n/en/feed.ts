/** The English strings of `<trade-news-feed>`. */
export const feedStrings = {
  'feed.heading': 'Recent Posts',
  'feed.seeAll': 'See All',
  'feed.loading': 'Loading posts…',
  'feed.empty': 'No posts yet',
  'feed.noMatches': 'No posts match your search',
  'feed.retry': 'Try again',
  'feed.stale': 'Showing saved posts',
  'feed.loadMore': 'Load more',
  'feed.loadingMore': 'Loading more posts…',
  'feed.search': 'Search posts',
  'feed.searchPlaceholder': 'Search…',
  'feed.results_one': '{count} post',
  'feed.results_other': '{count} posts',
  'feed.label': 'News',
  'feed.moreShown_one': '{count} more post shown',
  'feed.moreShown_other': '{count} more posts shown',
} as const;
