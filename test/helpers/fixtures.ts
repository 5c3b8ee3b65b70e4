import { readFile } from '@web/test-runner-commands';

const realFetch = window.fetch;

/** The text of a file in test/fixtures/feeds, as the test server sends it (with the real `fetch`). */
export async function fixtureText(name: string): Promise<string> {
  const response = await realFetch(new URL(`../fixtures/feeds/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

/**
 * The bytes of a fixture file as they are on disk, for a path relative to the running test file.
 * Fetching it from the test server would not do: the server re-encodes text files as UTF-8.
 */
export async function fixtureBytes(path: string): Promise<Uint8Array> {
  const base64 = await readFile({ path, encoding: 'base64' });
  if (base64 === undefined) throw new Error(`fixture ${path} not found`);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
