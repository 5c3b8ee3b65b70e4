import { addEnglish } from '../../shared/i18n/index.js';
import { onDemand } from '../../shared/on-demand.js';
import type * as Send from './send.js';

/** The form's sending functions (`send.ts`). */
export type SendModule = typeof Send;

/**
 * The form's sending code (`send.ts`), as its own module: bundlers split it off, so the form
 * renders and checks its fields without it. Fetched once and its strings added once; a failed
 * fetch is tried again on the next call. The script-tag build splits it off the same way.
 */
export const loadSend: () => Promise<SendModule> = onDemand(
  () => import('./send.js'),
  (send) => addEnglish(send.formFeedbackStrings),
).load;
