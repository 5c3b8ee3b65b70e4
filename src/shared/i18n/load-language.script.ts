import { loadSibling } from '../sibling.script.js';
import type { Messages } from './en.js';

/** The script-tag build's translations: `trade-widgets.i18n-es.js` and `trade-widgets.i18n-fr.js` beside the bundle. */
export const languageLoaders: Record<string, () => Promise<Messages>> = {
  es: () => loadSibling<{ es: Messages }>('trade-widgets.i18n-es.js').then((module) => module.es),
  fr: () => loadSibling<{ fr: Messages }>('trade-widgets.i18n-fr.js').then((module) => module.fr),
};
