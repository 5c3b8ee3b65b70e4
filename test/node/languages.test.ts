import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { en } from '../../src/shared/i18n/en.js';

// The partners' page holds the "Languages" section.
const readme = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'partners.md'), 'utf8');

describe('docs/partners.md "Languages"', () => {
  it('lists every message key with its English text, and no other', () => {
    const table = /<!-- message-keys:start[^>]*-->([^]*?)<!-- message-keys:end -->/.exec(readme)?.[1];
    assert.ok(table, 'the key table is in docs/partners.md');
    const listed = Object.fromEntries(
      [...table.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map(([, key, text]) => [key, text!.replace(/\\\|/g, '|')]),
    );
    assert.deepEqual(listed, { ...en });
  });

  it('shows a German example that uses real keys only', () => {
    const example = /registerLanguage\('de', \{([^]*?)\}\);/.exec(readme)?.[1];
    assert.ok(example);
    const keys = [...example.matchAll(/'([\w.-]+)':/g)].map((match) => match[1]!);
    assert.ok(keys.length >= 10);
    assert.deepEqual(
      keys.filter((key) => !(key in en)),
      [],
    );
  });
});
