/**
 * The English strings of every element. Keys ending in `_one`/`_other` are plural forms chosen with
 * `Intl.PluralRules`; `{name}` placeholders are filled in by `translate`.
 */
export const en = {
  // <trade-news-feed>
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

  // errors from the data layer, by kind
  'error.network': 'We couldn’t reach the news server. Check your connection and try again.',
  'error.timeout': 'The news server took too long to answer.',
  'error.http': 'The news server answered with an error ({status}).',
  'error.parse': 'The news feed could not be read.',
  'error.format': 'The news feed is not in a format we understand.',
  'error.not-found': 'This post could not be found.',

  // <trade-post>
  'post.loading': 'Loading post…',
  'post.by': 'By {name}',
  'post.views_one': '{count} view',
  'post.views_other': '{count} views',
  'post.comments_one': '{count} comment',
  'post.comments_other': '{count} comments',
  'post.readingTime_one': '{count} min read',
  'post.readingTime_other': '{count} min read',
  'post.tags': 'Tags',
  'post.readMore': 'Read more',
  'post.share': 'Share',
  'post.shareOn': 'Share on {network}',
  'post.shareEmail': 'Share by email',
  'post.copyLink': 'Copy link',
  'post.linkCopied': 'Link copied',
  'post.copyFailed': 'Could not copy the link',
  'post.retry': 'Try again',
  'post.bodyUnavailable': 'The full text could not be shown.',
  'post.newTab': '(opens in a new tab)',

  // <broker-contact-form>
  'form.heading': 'Need assistance from a licensed customs broker?',
  'form.submit': 'Send',
  'form.sending': 'Sending…',
  'form.success': 'Thanks for submitting!',
  'form.sendAnother': 'Send another message',
  'form.label.name': 'Name',
  'form.label.email': 'Email',
  'form.label.phone': 'Phone',
  'form.label.company': 'Company',
  'form.label.message': 'Message',
  'form.label.topic': 'Topic',
  'form.topicPlaceholder': 'Choose a topic',
  'form.required': 'required',
  'form.optional': 'optional',
  'form.honeypot': 'Leave this field empty',
  'form.invalid.required': 'Please fill in {field}.',
  'form.invalid.choose': 'Please choose a {field}.',
  'form.invalid.email': 'Enter an email address like name@example.com.',
  'form.invalid.phone': 'Enter a phone number using digits, spaces and + ( ) - only.',
  'form.invalid.tooLong': 'Use at most {max} characters.',
  'form.invalid.consent': 'Please confirm to continue.',
  'form.invalid.summary_one': 'Please correct {count} field.',
  'form.invalid.summary_other': 'Please correct {count} fields.',
  'form.error.network': 'We couldn’t reach the server. Your message is still here; please try again.',
  'form.error.offline': 'You appear to be offline. Your message is still here; send it once you’re connected.',
  'form.error.timeout': 'The server took too long to answer. Your message is still here; please try again.',
  'form.error.http': 'Something went wrong on our side ({status}). Your message is still here; please try again.',
  'form.error.rateLimited': 'Too many messages right now. Please try again in {seconds} seconds.',
  'form.error.rateLimited_one': 'Too many messages right now. Please try again in {count} second.',
  'form.error.rateLimitedLater': 'Too many messages right now. Please try again in a little while.',
  'form.error.rejected': 'Please correct the highlighted fields.',
  'form.error.config': 'This form isn’t set up to send messages. Please contact us another way.',
  'form.draftRestored': 'We restored what you typed earlier.',
} as const;

/** Every string key the elements use. */
export type MessageKey = keyof typeof en;

/** A full catalog: one string per key. */
export type Messages = Record<MessageKey, string>;
