/** A module fetched on demand (see `onDemand`). */
export interface OnDemand<M> {
  /** Starts the import, or joins the one under way; resolves with the module. */
  load(): Promise<M>;
  /** The module once it has loaded on this page, else undefined. */
  loaded(): M | undefined;
}

/**
 * A module fetched once per page, when first wanted: `importer` is its dynamic `import()`, which
 * bundlers (the script-tag build included) turn into a chunk of its own. `ready` runs once with the
 * module before anyone gets it (to add its strings, say). A failed import is tried again on the
 * next `load()`.
 */
export function onDemand<M>(importer: () => Promise<M>, ready?: (module: M) => void): OnDemand<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load() {
      loading ??= importer().then(
        (module) => {
          ready?.(module);
          return (loaded = module);
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => loaded,
  };
}
