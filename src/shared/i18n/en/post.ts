/** The English strings of `<trade-post>` (the share bar's are in share.ts). */
export const postStrings = {
  'post.loading': 'Loading post…',
  'post.views_one': '{count} view',
  'post.views_other': '{count} views',
  'post.comments_one': '{count} comment',
  'post.comments_other': '{count} comments',
  'post.readingTime_one': '{count} min read',
  'post.readingTime_other': '{count} min read',
  'post.tags': 'Tags',
  'post.readMore': 'Read more',
  'post.retry': 'Try again',
  'post.bodyUnavailable': 'The full text could not be shown.',
} as const;
