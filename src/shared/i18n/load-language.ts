import type { Messages } from './en.js';

/**
 * Loads a built-in translation. Each language is its own module, fetched only by pages that use
 * it. The script-tag build swaps this file for `load-language.script.ts`, which loads the same
 * catalogs from files beside the bundle.
 */
export const languageLoaders: Record<string, () => Promise<Messages>> = {
  es: () => import('./es.js').then((module) => module.es),
  fr: () => import('./fr.js').then((module) => module.fr),
};
