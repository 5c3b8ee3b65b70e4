import { readFile } from '@web/test-runner-commands';

/**
 * The bytes of a fixture file as they are on disk, for a path relative to the running test file.
 * Fetching it from the test server would not do: the server re-encodes text files as UTF-8.
 */
export async function fixtureBytes(path: string): Promise<Uint8Array> {
  const base64 = await readFile({ path, encoding: 'base64' });
  if (base64 === undefined) throw new Error(`fixture ${path} not found`);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
