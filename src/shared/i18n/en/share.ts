/**
 * The English strings of a full post's share bar. They travel with it in full-post.ts, so a page of
 * cards does not download them; load-full-post.ts adds them when that module arrives.
 */
export const shareStrings = {
  'post.share': 'Share',
  'post.shareOn': 'Share on {network}',
  'post.shareEmail': 'Share by email',
  'post.copyLink': 'Copy link',
  'post.linkCopied': 'Link copied',
  'post.copyFailed': 'Could not copy the link',
  'post.newTab': '(opens in a new tab)',
} as const;
