// `trade-widgets feed` against sources that misbehave: a server that never stops sending, one that
// answers with terminal control codes, files that are empty, binary, UTF-16 or gzip, an --out that is
// a symbolic link, pages beside --out that an earlier run did not write, and machines in other time zones.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, beforeEach, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const real = (name: string) => readFileSync(join(root, 'test/fixtures/feeds/real', name));

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

/** One line on stderr that ends a sentence, with no control character and no temporary file name. */
function oneCleanLine(err: string[]): string {
  assert.equal(err.length, 1, err.join('\n'));
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(err[0]!, /[\u0000-\u001f\u007f-\u009f]/);
  assert.doesNotMatch(err[0]!, /\.tmp\b/);
  assert.match(err[0]!, /[.!?]$/);
  return err[0]!;
}

let dir: string;
let out: string;
let server: Server;
let raw: NetServer;
let base: string;
let rawBase: string;

before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/endless') {
      // A server that never stops sending.
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const send = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', send);
      };
      send();
      return;
    }
    if (request.url === '/koi8.xml') {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=KOI8-R' });
      response.end(real('koi8-r-no-declaration.rss.xml'));
      return;
    }
    if (request.url === '/bomb.xml.gz') {
      response.writeHead(200, { 'Content-Type': 'application/gzip' });
      response.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
      return;
    }
    response.writeHead(404).end();
  });
  // Raw HTTP, so the status text can carry control codes that Node's own server would refuse to send.
  raw = createNetServer((socket) => {
    socket.once('data', () => {
      socket.end('HTTP/1.1 503 Down\x1b]0;pwned\x07 \x1b[2J now\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  rawBase = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => raw.close(resolve));
});

beforeEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(join(tmpdir(), 'trade-widgets-sources-'));
  out = join(dir, 'feed.json');
});

describe('trade-widgets feed: --max-bytes', () => {
  it('stops a server that never stops sending at the cap, in one line', async () => {
    const result = await run('feed', `${base}/endless`, '--out', out, '--max-bytes', '1M');
    assert.equal(result.code, 1);
    assert.match(
      oneCleanLine(result.err),
      /is larger than 1 MiB: raise --max-bytes if it really is a feed\. Nothing was written\.$/,
    );
    assert.equal(existsSync(out), false);
  });

  it('caps files, and gzip files once inflated', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(3000, 0x20));
    const file = await run('feed', big, '--out', out, '--max-bytes', '2000');
    assert.equal(file.code, 1);
    assert.match(oneCleanLine(file.err), /The file .*big\.json is larger than 2000 bytes/);
    const bomb = await run('feed', `${base}/bomb.xml.gz`, '--out', out, '--max-bytes', '1M');
    assert.equal(bomb.code, 1);
    assert.match(oneCleanLine(bomb.err), /uncompressed, is larger than 1 MiB/);
  });

  it('refuses a cap that is no number of bytes', async () => {
    const result = await run('feed', `${base}/endless`, '--out', out, '--max-bytes', 'lots');
    assert.equal(result.code, 2);
    assert.match(result.err[0]!, /--max-bytes must be a number of bytes/);
  });
});

describe('trade-widgets feed: what a server sends is printed without control characters', () => {
  it('escapes control codes in the status text', async () => {
    const result = await run('feed', `${rawBase}/feed.xml`, '--out', out);
    assert.equal(result.code, 1);
    const line = oneCleanLine(result.err);
    assert.match(line, /HTTP 503 Down\\x1b\]0;pwned\\x07 \\x1b\[2J now from/);
  });
});

describe('trade-widgets feed: files', () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('empty, binary and unreadable files get one sentence about the file', async () => {
    const empty = await run('feed', write('empty.xml', '  \n'), '--out', out);
    assert.equal(
      oneCleanLine(empty.err),
      `trade-widgets: The file ${join(dir, 'empty.xml')} is empty. Nothing was written.`,
    );
    const png = await run(
      'feed',
      write('photo.xml', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
      '--out',
      out,
    );
    assert.match(
      oneCleanLine(png.err),
      /The file .*photo\.xml holds binary data, not a feed: give an RSS, Atom or JSON file\. Nothing was written\.$/,
    );
    const text = await run('feed', write('notes.txt', 'just some notes'), '--out', out);
    assert.match(oneCleanLine(text.err), /The file .*notes\.txt is neither JSON nor XML\. Nothing was written\.$/);
    const folder = await run('feed', dir, '--out', out);
    assert.match(
      oneCleanLine(folder.err),
      /Cannot read the file .*: it is a directory, not a file\. Nothing was written\.$/,
    );
    assert.deepEqual(readdirSync(dir).sort(), ['empty.xml', 'notes.txt', 'photo.xml']);
  });

  it('reads UTF-16 and gzip files', async () => {
    const utf16 = await run('feed', write('u.xml', real('utf-16le-bom.atom.xml')), '--out', out);
    assert.equal(utf16.code, 0, utf16.err.join('\n'));
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).items[0].title, 'Δασμοί και ελληνικά: café, naïve, 日本');
    const gz = await run('feed', write('g.xml.gz', real('ghost.rss.xml.gz')), '--out', out);
    assert.equal(gz.code, 0, gz.err.join('\n'));
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).items[0].title, 'Section 232 inclusions: the 2024 round');
  });

  it('reads the HTTP charset of a URL', async () => {
    const result = await run('feed', `${base}/koi8.xml`, '--out', out);
    assert.equal(result.code, 0, result.err.join('\n'));
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).title, 'Новости');
  });

  it('resolves a file’s relative links against --home-page-url, never --feed-url, and counts what it drops', async () => {
    const source = write(
      'rel.xml',
      '<rss version="2.0"><channel><title>R</title><item><guid isPermaLink="false">a</guid><title>A</title><link>/posts/a</link></item></channel></rss>',
    );
    const withoutBase = await run('feed', source, '--out', out, '--feed-url', 'https://cdn.example.net/feed.json');
    assert.equal(withoutBase.code, 0, withoutBase.err.join('\n'));
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).items[0].url, undefined);
    assert.match(withoutBase.out[0]!, /; 1 relative link\(s\) dropped for want of a base \(give --home-page-url\)\.$/);
    const withBase = await run('feed', source, '--out', out, '--home-page-url', 'https://blog.example.com/');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).items[0].url, 'https://blog.example.com/posts/a');
    assert.doesNotMatch(withBase.out[0]!, /dropped/);
  });
});

describe('trade-widgets feed: --out and the pages beside it', () => {
  const source = () => {
    const path = join(dir, 'source.json');
    const items = Array.from({ length: 25 }, (_, i) => ({
      id: `p${i}`,
      title: `Post ${i}`,
      date_published: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
    }));
    writeFileSync(path, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }));
    return path;
  };

  it('refuses an --out that is a symbolic link, and leaves it and its target alone', async () => {
    const target = join(dir, 'target.json');
    writeFileSync(target, 'keep');
    symlinkSync(target, out);
    const result = await run('feed', source(), '--out', out);
    assert.equal(result.code, 2);
    assert.match(result.err[0]!, /--out must be a regular file or a new name, and .*feed\.json is a symbolic link\./);
    assert.ok(lstatSync(out).isSymbolicLink());
    assert.equal(readlinkSync(out), target);
    assert.equal(readFileSync(target, 'utf8'), 'keep');
  });

  it('refuses a device as --out', async () => {
    const result = await run('feed', source(), '--out', '/dev/null');
    assert.equal(result.code, 2);
    assert.match(result.err[0]!, /is a device or other special file\./);
  });

  it('removes only the pages an earlier run wrote, following its next_url chain', async () => {
    const path = source();
    assert.equal((await run('feed', path, '--out', out, '--page-size', '5')).code, 0);
    assert.ok(existsSync(join(dir, 'feed-5.json')));
    // Someone else's file with a page-like name, not linked from the chain.
    writeFileSync(join(dir, 'feed-9.json'), '{"mine": true}');
    assert.equal((await run('feed', path, '--out', out, '--page-size', '10')).code, 0);
    assert.deepEqual(readdirSync(dir).sort(), [
      'feed-2.json',
      'feed-3.json',
      'feed-9.json',
      'feed.json',
      'source.json',
    ]);
    assert.equal(readFileSync(join(dir, 'feed-9.json'), 'utf8'), '{"mine": true}');
  });

  it('never removes pages next to an --out that is not a feed it wrote', async () => {
    writeFileSync(out, 'not json');
    writeFileSync(join(dir, 'feed-2.json'), '{"version":"https://jsonfeed.org/version/1.1","items":[]}');
    assert.equal((await run('feed', source(), '--out', out)).code, 0);
    assert.ok(existsSync(join(dir, 'feed-2.json')));
  });
});

describe('the same output in every time zone', () => {
  it('reads zoneless and named-zone dates alike under TZ=America/New_York and TZ=Asia/Tokyo', () => {
    const script = `
      import { parseFeed } from './src/feed/node.ts';
      const xml = '<rss version="2.0"><channel><item><guid>a</guid><title>A</title><pubDate>Tue, 10 Jun 2003 04:00:00</pubDate></item><item><guid>b</guid><title>B</title><pubDate>Tue, 10 Jun 2003 14:00:00 CEST</pubDate></item><item><guid>c</guid><title>C</title><pubDate>2003-06-10 04:00</pubDate></item></channel></rss>';
      console.log(JSON.stringify(parseFeed(xml).posts.map((p) => p.datePublished)));`;
    const outputs = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((tz) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: root,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      assert.equal(child.status, 0, child.stderr);
      return child.stdout.trim();
    });
    assert.deepEqual(
      outputs,
      Array(3).fill('["2003-06-10T04:00:00.000Z","2003-06-10T12:00:00.000Z","2003-06-10T04:00:00Z"]'),
    );
  });
});
