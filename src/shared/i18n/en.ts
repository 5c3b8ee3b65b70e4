import { errorStrings } from './en/errors.js';
import { feedStrings } from './en/feed.js';
import { formFeedbackStrings } from './en/form-feedback.js';
import { formStrings } from './en/form.js';
import { postStrings } from './en/post.js';
import { shareStrings } from './en/share.js';

/**
 * Every English string of the library. Keys ending in `_one`/`_other` are plural forms chosen with
 * `Intl.PluralRules`; `{name}` placeholders are filled in by `translate`.
 *
 * Elements do not import this: each entry point brings only the strings of the elements it defines
 * (see `addEnglish`), so the contact form alone carries no feed strings. It is the reference the
 * Spanish and French catalogs are typed against.
 */
export const en = {
  ...feedStrings,
  ...errorStrings,
  ...postStrings,
  ...shareStrings,
  ...formStrings,
  ...formFeedbackStrings,
};

/** Every string key the elements use. */
export type MessageKey = keyof typeof en;

/** A full catalog: one string per key. */
export type Messages = Record<MessageKey, string>;
