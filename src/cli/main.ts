import { basename, resolve } from 'node:path';
import { isFeedError } from '../feed/errors.js';
import { version } from '../version.js';
import { HELP, UsageError, parseCommand, type FeedCommand } from './args.js';
import { newestFirst, paginate } from './json-feed.js';
import { printable } from './fetch.js';
import { readSource } from './source.js';
import { OutError, checkOut, writeAtomically } from './write.js';

/** Where the command writes: the process streams, or a test's. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function runFeed(command: FeedCommand, io: Io): Promise<void> {
  await checkOut(resolve(command.out));
  const source = await readSource(command.source, {
    format: command.format,
    limit: command.limit,
    timeout: command.timeout,
    maxBytes: command.maxBytes,
    // Never --feed-url: that is where the output goes, not where the source's links point.
    homePageUrl: command.homePageUrl,
    note: (text) => io.err(`trade-widgets: ${printable(text)}`),
  });
  const posts = newestFirst(source.posts).slice(0, command.limit);
  if (!posts.length && !command.allowEmpty) {
    throw new EmptyError(
      'The source has no posts, so the feed was not replaced: pass --allow-empty to publish an empty feed.',
    );
  }
  const name = basename(command.out);
  const pages = paginate(posts, command.pageSize ?? Math.max(posts.length, 1), name, {
    title: command.title ?? source.title ?? 'Posts',
    homePageUrl: command.homePageUrl ?? source.homePageUrl,
    feedUrl: command.feedUrl,
    profiles: command.profiles ?? source.profiles,
  });
  await writeAtomically(
    resolve(command.out),
    pages.map((page) => ({ name: page.name, contents: `${JSON.stringify(page.feed, null, 2)}\n` })),
  );
  const skipped = source.skipped ? `; ${source.skipped} invalid or repeated item(s) skipped` : '';
  const links = source.unresolvedLinks
    ? `; ${source.unresolvedLinks} relative link(s) dropped for want of a base (give --home-page-url)`
    : '';
  const files = pages.length > 1 ? ` in ${pages.length} files (${pages.map((page) => page.name).join(', ')})` : '';
  io.out(printable(`Wrote ${posts.length} post(s) to ${command.out}${files}${skipped}${links}.`));
}

/** A source without posts, refused without --allow-empty. */
class EmptyError extends Error {
  override name = 'EmptyError';
}

/** One line that ends a sentence, fit for a terminal. */
const line = (text: string) => printable(text.replace(/\s+/g, ' ').trim()).replace(/[^.!?]$/, '$&.');

/**
 * `trade-widgets <args>`; resolves to the exit code: 0 on success, 1 when the source or the write
 * failed, 2 when the command itself is wrong. Failures are one line on stderr.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const parsed = parseCommand(argv);
    if ('help' in parsed) io.out(HELP);
    else if ('version' in parsed) io.out(version);
    else await runFeed(parsed.command, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutError) {
      io.err(`trade-widgets: ${line(error.message)} See trade-widgets --help.`);
      return 2;
    }
    if (error instanceof EmptyError) {
      io.err(`trade-widgets: ${line(error.message)}`);
      return 1;
    }
    const message = isFeedError(error)
      ? error.message
      : `Could not write the feed: ${(error as Error).message ?? String(error)}`;
    io.err(`trade-widgets: ${line(message)} Nothing was written.`);
    return 1;
  }
}
