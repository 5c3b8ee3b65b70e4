import { loadSibling } from '../sibling.script.js';
import type { Messages } from './en.js';

/** The script-tag build's translations: `trade-widgets.es.js` and `trade-widgets.fr.js` beside the bundle. */
export const languageLoaders: Record<string, () => Promise<Messages>> = {
  es: () => loadSibling<{ es: Messages }>('trade-widgets.es.js').then((module) => module.es),
  fr: () => loadSibling<{ fr: Messages }>('trade-widgets.fr.js').then((module) => module.fr),
};
