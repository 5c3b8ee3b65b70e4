/**
 * The English words `<broker-contact-form>` needs only once a person works with it: what is wrong
 * with a field, and the endpoint's answers. They load with the code that checks and sends.
 */
export const formFeedbackStrings = {
  'form.invalid.required': 'Please fill in {field}.',
  'form.invalid.choose': 'Please choose a {field}.',
  'form.invalid.email': 'Enter an email address like name@example.com.',
  'form.invalid.phone': 'Enter a phone number using digits, spaces and + ( ) - only.',
  'form.invalid.tooLong': 'Use at most {max} characters.',
  'form.invalid.consent': 'Please confirm to continue.',
  'form.invalid.summary_one': 'Please correct {count} field.',
  'form.invalid.summary_other': 'Please correct {count} fields.',
  'form.error.timeout': 'The server took too long to answer. Your message is still here; please try again.',
  'form.error.http': 'Something went wrong on our side ({status}). Your message is still here; please try again.',
  'form.error.rateLimited': 'Too many messages right now. Please try again in {seconds} seconds.',
  'form.error.rateLimited_one': 'Too many messages right now. Please try again in {count} second.',
  'form.error.rateLimitedLater': 'Too many messages right now. Please try again in a little while.',
  'form.error.rejected': 'Please correct the highlighted fields.',
} as const;
