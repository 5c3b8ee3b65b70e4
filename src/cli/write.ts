import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pageName } from './json-feed.js';
import { printable } from './fetch.js';

/** A problem with `--out` itself: the command is wrong (exit code 2), nothing was read or written. */
export class OutError extends Error {
  override name = 'OutError';
}

/**
 * Checks that `path` is a regular file or does not exist: a symlink, a directory or a device given
 * as `--out` (or sitting where a page would go) is never replaced.
 */
export async function checkOut(path: string): Promise<void> {
  const info = await lstat(path).catch((error: { code?: string }) => {
    if (error.code === 'ENOENT') return undefined;
    throw new OutError(`Cannot use ${printable(path)} as --out: ${error.code ?? 'unreadable'}.`);
  });
  if (!info || info.isFile()) return;
  const kind = info.isSymbolicLink()
    ? 'a symbolic link'
    : info.isDirectory()
      ? 'a directory'
      : 'a device or other special file';
  throw new OutError(`--out must be a regular file or a new name, and ${printable(path)} is ${kind}.`);
}

/**
 * The pages an earlier run wrote beside `out`: page 1's `next_url`, then that page's, and so on,
 * as long as each names the next page file (`feed-2.json`, `feed-3.json`, …) and that is a regular
 * file holding a JSON Feed. Any other file is left alone, even one with such a name.
 */
async function earlierPages(out: string): Promise<string[]> {
  const dir = dirname(out);
  const name = basename(out);
  const pages: string[] = [];
  let current = out;
  for (let page = 2; page < 1000; page++) {
    let feed: { version?: unknown; next_url?: unknown };
    try {
      feed = JSON.parse(await readFile(current, 'utf8')) as typeof feed;
    } catch {
      break;
    }
    if (typeof feed.version !== 'string' || typeof feed.next_url !== 'string') break;
    let target: string;
    try {
      target = basename(new URL(feed.next_url, 'file:///').pathname);
    } catch {
      break;
    }
    const expected = pageName(name, page);
    const path = join(dir, expected);
    if (target !== expected || !(await lstat(path).catch(() => undefined))?.isFile()) break;
    pages.push(path);
    current = path;
  }
  return pages;
}

/**
 * Writes every file or none: each goes to a temporary file in the same directory first (so the
 * rename is atomic on one file system), and only when all are written are they renamed into
 * place, the first page last so it never links a page that is not there yet. Pages that an earlier
 * run wrote beyond the new last page are removed afterwards; no other file is touched.
 */
export async function writeAtomically(out: string, files: { name: string; contents: string }[]): Promise<void> {
  const dir = dirname(out);
  await mkdir(dir, { recursive: true });
  for (const file of files) await checkOut(join(dir, file.name));
  const earlier = await earlierPages(out);
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
    const code = (error as { code?: string }).code;
    throw new Error(`cannot write in ${printable(dir)} (${code ?? (error as Error).message}).`, { cause: error });
  }
  const written = new Set(temps.map((file) => file.path));
  for (const stale of earlier) if (!written.has(stale)) await rm(stale, { force: true });
}
