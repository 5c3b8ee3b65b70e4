import { addEnglish } from '../../shared/i18n/index.js';
import type * as Send from './send.js';

/** The form's sending functions (`send.ts`). */
export type SendModule = typeof Send;

let loading: Promise<SendModule> | undefined;

/**
 * The form's sending code (`send.ts`), as its own module: bundlers split it off, so the form
 * renders and checks its fields without it. Fetched once and its strings added once; a failed
 * fetch is tried again on the next call. The script-tag build splits it off the same way.
 */
export function loadSend(): Promise<SendModule> {
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
