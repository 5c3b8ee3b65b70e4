import { addEnglish } from '../../shared/i18n/index.js';
import type * as Send from './send.js';

let loading: Promise<typeof Send> | undefined;

/**
 * The form's checking and sending code (`send.ts`), as its own module: bundlers split it off, so
 * the form renders without it. Fetched once and its strings added once; a failed fetch is tried
 * again on the next call. The script-tag build splits it off the same way.
 */
export function loadSend(): Promise<typeof Send> {
  loading ??= import('./send.js').then(
    (send) => {
      addEnglish(send.formFeedbackStrings);
      return send;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
