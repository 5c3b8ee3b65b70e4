import type { Messages } from './en.js';

/**
 * Loads a built-in translation. Each language is its own module, fetched only by pages that use
 * it (in the script-tag build too, as a file beside the others).
 */
export const languageLoaders: Record<string, () => Promise<Messages>> = {
  es: () => import('./es.js').then((module) => module.es),
  fr: () => import('./fr.js').then((module) => module.fr),
};
