import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pageName } from './json-feed.js';

/**
 * Writes every file or none: each goes to a temporary file in the same directory first (so the
 * rename is atomic on one file system), and only when all are written are they renamed into
 * place, the first page last so it never links a page that is not there yet. Pages left from a
 * longer earlier run are removed afterwards.
 */
export async function writeAtomically(out: string, files: { name: string; contents: string }[]): Promise<void> {
  const dir = dirname(out);
  await mkdir(dir, { recursive: true });
  const suffix = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const temps = files.map((file) => ({
    ...file,
    path: join(dir, file.name),
    temp: join(dir, `.${file.name}${suffix}`),
  }));
  try {
    for (const file of temps) await writeFile(file.temp, file.contents, { flag: 'wx' });
    for (const file of [...temps.slice(1), temps[0]!]) await rename(file.temp, file.path);
  } catch (error) {
    await Promise.all(temps.map((file) => rm(file.temp, { force: true })));
    throw error;
  }
  const name = basename(out);
  for (let page = files.length + 1; ; page++) {
    const stale = join(dir, pageName(name, page));
    if (!(await stat(stale).catch(() => undefined))?.isFile()) break;
    await rm(stale, { force: true });
  }
}
