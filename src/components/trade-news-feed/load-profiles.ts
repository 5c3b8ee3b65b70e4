import type * as Profiles from './profiles.js';

let loaded: typeof Profiles | undefined;
let loading: Promise<typeof Profiles> | undefined;

/** The "Follow" row's module once it has loaded on this page, else undefined. */
export const profilesModule = (): typeof Profiles | undefined => loaded;

/**
 * Loads the "Follow" row (profiles.ts, a chunk of its own in the bundles), once per page. A failed
 * load is tried again on the next call.
 */
export function loadProfiles(): Promise<typeof Profiles> {
  loading ??= import('./profiles.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
