import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { elementsDoc } from '../../scripts/write-elements-doc.js';

const root = join(import.meta.dirname, '..', '..');
const cem = join(root, 'node_modules', '.bin', 'cem');

interface Named {
  name: string;
}
interface Element {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { declarations?: Element[] }[];
}

describe('docs/elements.md', () => {
  let dir: string;
  let manifest: Manifest | undefined;

  before(() => {
    if (!existsSync(cem)) return;
    // A manifest of the sources as they are now (the committed file must match it, not a stale
    // custom-elements.json); --outdir is read relative to the working directory.
    dir = mkdtempSync(join(tmpdir(), 'trade-widgets-docs-'));
    execFileSync(cem, ['analyze', '--litelement', '--outdir', relative(root, dir)], { cwd: root, stdio: 'ignore' });
    manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is what scripts/write-elements-doc.js writes from the current manifest', (t) => {
    if (!manifest) return t.skip('no custom-elements.json: the analyzer is not installed (npm install)');
    const expected = elementsDoc(manifest).split('\n');
    const actual = readFileSync(join(root, 'docs', 'elements.md'), 'utf8').split('\n');
    const line = expected.findIndex((text, index) => text !== actual[index]);
    const at = line === -1 ? expected.length : line;
    assert.ok(
      line === -1 && actual.length === expected.length,
      `docs/elements.md is out of date at line ${at + 1}: run \`npm run analyze\` and commit it.\n` +
        `  file:     ${actual[at] ?? '(end of file)'}\n  manifest: ${expected[at] ?? '(end of file)'}`,
    );
  });

  it("names every attribute, event, slot, part and CSS property of each element under the element's heading", (t) => {
    if (!manifest) return t.skip('no custom-elements.json: the analyzer is not installed (npm install)');
    const doc = readFileSync(join(root, 'docs', 'elements.md'), 'utf8');
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'broker-contact-form',
      'trade-news-feed',
      'trade-post',
    ]);
    const missing: string[] = [];
    for (const element of elements) {
      const section = doc.split(/^## /m).find((part) => part.startsWith(`\`<${element.tagName}>\``)) ?? '';
      const names = [
        ...(element.attributes ?? []),
        ...(element.events ?? []),
        ...(element.slots ?? []).filter((slot) => slot.name),
        ...(element.cssParts ?? []),
        ...(element.cssProperties ?? []),
      ].map((entry) => entry.name);
      for (const name of names) if (!section.includes(`| \`${name}\` |`)) missing.push(`<${element.tagName}> ${name}`);
    }
    assert.deepEqual(missing, []);
  });
});

describe('scripts/write-elements-doc.js', () => {
  it('writes one table row per entry, on one line, with `|` escaped and a default column only when one is known', () => {
    const manifest = {
      modules: [
        {
          path: 'dist/components/x-demo/x-demo.js',
          declarations: [
            {
              kind: 'class',
              name: 'XDemo',
              tagName: 'x-demo',
              customElement: true,
              summary: 'A demo.',
              attributes: [
                {
                  name: 'size',
                  fieldName: 'size',
                  type: { text: "'s' | 'm'" },
                  description: 'Size,\n  small or medium.',
                },
              ],
              members: [
                { kind: 'field', name: 'size', attribute: 'size', default: "'m'" },
                { kind: 'field', name: 'items', type: { text: 'string[]' }, description: 'The items.' },
                { kind: 'field', name: '_secret', privacy: 'private' },
              ],
              events: [{ name: 'x-demo-change', type: { text: 'XDemoChangeEvent' }, description: 'Changed.' }],
              cssProperties: [
                { name: '--x-gap', description: 'Gap.' },
                { name: '--x-size', default: '1rem', description: 'Size.' },
              ],
              cssParts: [{ name: 'base', description: 'The wrapper.' }],
            },
          ],
          exports: [],
        },
        {
          path: 'dist/x-demo.js',
          exports: [
            {
              kind: 'custom-element-definition',
              name: 'x-demo',
              declaration: { name: 'XDemo', module: 'dist/components/x-demo/x-demo.js' },
            },
          ],
        },
      ],
    };
    const doc = elementsDoc(manifest, new Map([['XDemoChangeEvent', 'XDemoChangeDetail']]));
    assert.match(doc, /^<!-- Generated by scripts\/write-elements-doc\.js/);
    assert.match(doc, /Class `XDemo`, registered by `dist\/x-demo\.js`\./);
    assert.ok(doc.includes("| `size` | `size` | `'s' \\| 'm'` | `'m'` | Size, small or medium. |"), doc);
    assert.ok(doc.includes('| `items` | `string[]` | The items. |'), doc);
    assert.ok(!doc.includes('_secret'));
    assert.ok(doc.includes('| `x-demo-change` | `XDemoChangeEvent` | `XDemoChangeDetail` | Changed. |'));
    assert.ok(doc.includes('| Property | Default | Description |\n|---|---|---|\n| `--x-gap` |  | Gap. |'));
    assert.ok(doc.includes('| `--x-size` | `1rem` | Size. |'));
    assert.ok(doc.includes('| Part | Description |\n|---|---|\n| `base` | The wrapper. |'));
    assert.ok(!doc.includes('### Slots'), 'no table for what the element has none of');
  });
});

/**
 * The id GitHub gives a heading: its text lowercased, punctuation dropped but for `-` and `_`,
 * spaces turned into `-`; the second heading with the same id gets `-1`, the third `-2`.
 */
function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown).split('\n')) {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1];
    const anchors = [...line.matchAll(/<a\s[^>]*\b(?:id|name)="([^"]+)"/g)].map((match) => match[1]!);
    anchors.forEach((id) => ids.add(id));
    if (heading === undefined) continue;
    // What the heading reads: code as it is, a link or an image as its text, without HTML tags.
    const text = heading
      .split(/(`+[^`]*`+)/)
      .map((piece, index) =>
        index % 2
          ? piece.replace(/`/g, '')
          : piece
              .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
              .replace(/<[^>]+>/g, '')
              .replace(/\*/g, ''),
      )
      .join('');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    // github-slugger: count the repeats of an id, and skip a numbered id a heading already took.
    let id = base;
    while (seen.has(id)) {
      seen.set(base, seen.get(base)! + 1);
      id = `${base}-${seen.get(base)}`;
    }
    seen.set(id, 0);
    ids.add(id);
  }
  return ids;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** The text with fenced code blocks blanked out (lines kept, so line numbers hold). */
const withoutFences = (markdown: string) =>
  markdown.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[`~]*[ \t]*$/gm, blank);

/** The text with fenced code blocks and inline code blanked out. */
const withoutCode = (markdown: string) => withoutFences(markdown).replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);

/** Every link and image target of a Markdown file, with its line: inline, reference definitions and HTML. */
function links(markdown: string): { target: string; line: number }[] {
  const found: { target: string; line: number }[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((text, index) => {
      const patterns = [
        /\]\(\s*<([^>]*)>/g, // [text](<target with spaces>)
        /\]\(\s*([^)\s<]+)(?:\s+"[^"]*")?\s*\)/g, // [text](target "title")
        /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/g, // [id]: target
        /<(?:a|img)\s[^>]*\b(?:href|src)="([^"]*)"/g,
      ];
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) found.push({ target: match[1]!, line: index + 1 });
      }
    });
  return found;
}

const documents = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
].filter((file) => existsSync(join(root, file)));

describe('links in the docs', () => {
  it('checks the front door, CONTRIBUTING.md, CHANGELOG.md and every page in docs/', () => {
    assert.ok(documents.includes('README.md') && documents.includes('docs/elements.md'), documents.join(', '));
    assert.ok(documents.includes('CONTRIBUTING.md'), 'CONTRIBUTING.md exists');
  });

  for (const file of documents) {
    it(`every relative link and #anchor of ${file} resolves`, () => {
      const broken: string[] = [];
      for (const { target, line } of links(readFileSync(join(root, file), 'utf8'))) {
        // Other sites are not fetched: the test must not depend on the network.
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) continue;
        const [path = '', anchor] = target.split('#');
        // A leading `/` is the repository's root on GitHub.
        const resolved = path
          ? resolve(path.startsWith('/') ? root : dirname(join(root, file)), decodeURI(path))
          : join(root, file);
        if (!existsSync(resolved)) {
          broken.push(`${file}:${line}: ${target} (no file ${relative(root, resolved)})`);
          continue;
        }
        if (anchor === undefined || !resolved.endsWith('.md')) continue;
        if (!headingIds(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor))) {
          broken.push(`${file}:${line}: ${target} (no heading #${anchor} in ${relative(root, resolved)})`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }
});

describe('heading ids follow GitHub', () => {
  it('lowercases, drops punctuation but - and _, turns spaces into - and numbers repeats', () => {
    const ids = headingIds(
      [
        '# `<trade-news-feed>`',
        "## What WordPress, Blogger and Medium send, and a blog's address",
        '### Attributes',
        '### Attributes',
        '### Attributes',
        '## snake_case & [a link](x.md) **bold**',
        '```sh',
        '# a comment, not a heading',
        '```',
      ].join('\n'),
    );
    assert.deepEqual(
      [...ids],
      [
        'trade-news-feed',
        'what-wordpress-blogger-and-medium-send-and-a-blogs-address',
        'attributes',
        'attributes-1',
        'attributes-2',
        'snake_case--a-link-bold',
      ],
    );
  });
});
