/**
 * The English words `<broker-contact-form>` needs only once a message is sent: the endpoint's
 * answers. They load with the code that sends.
 */
export const formFeedbackStrings = {
  'form.error.timeout': 'The server took too long to answer. Your message is still here; please try again.',
  'form.error.http': 'Something went wrong on our side ({status}). Your message is still here; please try again.',
  'form.error.rateLimited': 'Too many messages right now. Please try again in {seconds} seconds.',
  'form.error.rateLimited_one': 'Too many messages right now. Please try again in {count} second.',
  'form.error.rateLimitedLater': 'Too many messages right now. Please try again in a little while.',
  'form.error.rejected': 'Please correct the highlighted fields.',
} as const;
