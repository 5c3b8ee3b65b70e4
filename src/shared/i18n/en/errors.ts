/** English messages for the data layer's error kinds, shown by the feed and the post. */
export const errorStrings = {
  'error.network': 'We couldn’t reach the news server. Check your connection and try again.',
  'error.timeout': 'The news server took too long to answer.',
  'error.http': 'The news server answered with an error ({status}).',
  'error.parse': 'The news feed could not be read.',
  'error.format': 'The news feed is not in a format we understand.',
  'error.not-found': 'This post could not be found.',
} as const;
