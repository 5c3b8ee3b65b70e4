import { addEnglish } from '../../shared/i18n/index.js';
import type * as Send from './send.js';

/**
 * The sending code, as its own module: bundlers split it off, so the form renders and validates
 * without it. The script-tag build swaps this file for `load-send.script.ts`, which has it inline.
 */
export const loadSend = (): Promise<typeof Send> =>
  import('./send.js').then((send) => {
    addEnglish(send.formReplyStrings);
    return send;
  });
