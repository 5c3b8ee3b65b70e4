// What the demo's contact endpoint accepts, checked the way a real backend would: the browser's
// checks are a convenience, the server's are the rule.
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phone = /^[+()\d\s.-]{5,32}$/;

const limits = { name: 200, email: 254, phone: 32, company: 200, message: 5000, topic: 200 };

/** `[{ field, message }]` for every problem in a submission; empty when it is acceptable. */
export function validateContact(data) {
  const errors = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [{ field: 'form', message: 'The submission is empty.' }];
  }
  const text = (name) => (typeof data[name] === 'string' ? data[name].trim() : '');
  if (!text('name')) errors.push({ field: 'name', message: 'Please tell us your name.' });
  if (!text('email')) errors.push({ field: 'email', message: 'Please give an email address we can answer.' });
  else if (!email.test(text('email'))) errors.push({ field: 'email', message: 'This email address looks incomplete.' });
  if (text('phone') && !phone.test(text('phone')))
    errors.push({ field: 'phone', message: 'This phone number looks wrong.' });
  if (!text('message')) errors.push({ field: 'message', message: 'Please write a message.' });
  for (const [field, max] of Object.entries(limits)) {
    if (text(field).length > max) errors.push({ field, message: `Please keep this under ${max} characters.` });
  }
  return errors;
}
