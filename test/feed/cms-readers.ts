/** Whether the page has requested the module of the WordPress and Ghost readers (src/feed/cms-formats.ts). */
export const readersRequested = (): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/src\/feed\/(cms-formats|formats\/(wordpress|ghost))\./.test(entry.name));
