import { addEnglish } from '../../shared/i18n/index.js';
import type * as Send from './send.js';

/**
 * The form's checking and sending code (`send.ts`), as its own module: bundlers split it off, so
 * the form renders without it. The script-tag build swaps this file for `load-send.script.ts`,
 * which has it inline.
 */
export const loadSend = (): Promise<typeof Send> =>
  import('./send.js').then((send) => {
    addEnglish(send.formFeedbackStrings);
    return send;
  });
