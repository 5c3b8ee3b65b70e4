/** The Chrome or Chromium to test and benchmark with: `CHROME_PATH` first, then the usual places. */
export function findChrome(): string | undefined;
export const noChromeMessage: string;
/** Flags for a headless Chromium that also starts as root in a container. */
export const chromeArgs: string[];
