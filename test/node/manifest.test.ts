import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}

const root = join(import.meta.dirname, '..', '..');

/** Attributes API.md lists for each element, then the additions the README documents. */
const contract: Record<string, string[]> = {
  'trade-news-feed': [
    'src',
    'format',
    'limit',
    'layout',
    'heading',
    'see-all-href',
    'hide',
    'tag',
    'searchable',
    'load-more',
    'excerpt-length',
    'loading',
    'refresh',
    'cache-ttl',
    'timeout',
    'lang',
    'theme',
    'link-target',
    'heading-level',
  ],
  'trade-post': [
    'src',
    'post-id',
    'variant',
    'hide',
    'heading-level',
    'date-style',
    'excerpt-length',
    'lang',
    'theme',
    'link-target',
    'timeout',
  ],
  'broker-contact-form': [
    'action',
    'encoding',
    'fields',
    'required',
    'topics',
    'consent',
    'heading',
    'submit-label',
    'success-message',
    'timeout',
    'lang',
    'theme',
  ],
};

describe('custom-elements.json, as `npm run analyze` writes it', () => {
  let dir: string;
  let elements: Map<string, Declaration>;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'trade-widgets-manifest-'));
    // The analyzer reads --outdir relative to the working directory.
    execFileSync(
      join(root, 'node_modules', '.bin', 'cem'),
      ['analyze', '--litelement', '--outdir', relative(root, dir)],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: Declaration[] }[];
    };
    elements = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName!, declaration]),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names all three elements by tag', () => {
    assert.deepEqual([...elements.keys()].sort(), ['broker-contact-form', 'trade-news-feed', 'trade-post']);
  });

  for (const [tag, attributes] of Object.entries(contract)) {
    it(`lists the attributes of <${tag}>: API.md's and the documented additions, no more`, () => {
      const listed = (elements.get(tag)?.attributes ?? []).map((attribute) => attribute.name);
      assert.deepEqual([...listed].sort(), [...attributes].sort());
    });
  }

  it('keeps internal state out of the public members', () => {
    for (const [tag, element] of elements) {
      const leaked = (element.members ?? [])
        .filter((member) => member.privacy !== 'private' && member.privacy !== 'protected')
        .map((member) => member.name)
        .filter((name) => name.startsWith('_') || ['values', 'phase', 'problems', 'notice', 'rules'].includes(name));
      assert.deepEqual(leaked, [], `<${tag}> exposes ${leaked.join(', ')}`);
    }
  });
});
