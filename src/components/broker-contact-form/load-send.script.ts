import { addEnglish } from '../../shared/i18n/index.js';
import * as send from './send.js';

/** The script-tag build's checking and sending code: part of the bundle, as the whole form is. */
addEnglish(send.formFeedbackStrings);

export const loadSend = (): Promise<typeof send> => Promise.resolve(send);
