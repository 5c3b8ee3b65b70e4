import { addEnglish } from '../../shared/i18n/index.js';
import type * as FullPost from './full-post.js';

let loaded: typeof FullPost | undefined;
let loading: Promise<typeof FullPost> | undefined;

/** The full-post module (styles and share bar) once it has loaded on this page, else undefined. */
export const fullPost = (): typeof FullPost | undefined => loaded;

/**
 * Loads what only a full post needs (see full-post.ts), once per page; bundlers, the script-tag
 * build included, make it a chunk of its own, and adds its English strings. A failed load is
 * tried again on the next call.
 */
export function loadFullPost(): Promise<typeof FullPost> {
  loading ??= import('./full-post.js').then(
    (module) => {
      addEnglish(module.shareStrings);
      return (loaded = module);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
