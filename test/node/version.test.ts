import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { version } from '../../src/version.js';

// package.json is the one place the version is written; scripts/write-version.js writes
// src/version.ts from it before every build. The built files are checked when they exist
// (`npm test` builds the script-tag files first).

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url);

describe('one version', () => {
  it('src/version.ts says what package.json says', () => {
    assert.equal(version, pkg.version);
  });

  it(
    'the npm build exports the same version',
    { skip: !existsSync(dist('version.js')) && 'no npm build' },
    async () => {
      const built = (await import(dist('version.js').href)) as { version: string };
      assert.equal(built.version, pkg.version);
      assert.match(readFileSync(dist('index.js'), 'utf8'), /export \{ version \} from '\.\/version\.js'/);
    },
  );

  for (const file of ['trade-widgets.min.js', 'trade-widgets.all.min.js']) {
    it(`${file} carries the same version`, { skip: !existsSync(dist(file)) && 'not built' }, () => {
      const code = readFileSync(dist(file), 'utf8');
      const versions = [...code.matchAll(/[`'"](\d+\.\d+\.\d+(?:-[\w.]+)?)[`'"]/g)].map((match) => match[1]);
      assert.ok(versions.includes(pkg.version), `${file} should hold ${pkg.version}`);
    });
  }

  it(
    'the snippet pins the same version, with the loader’s SRI hash',
    { skip: !existsSync(dist('snippet.json')) && 'not built' },
    () => {
      const snippet = JSON.parse(readFileSync(dist('snippet.json'), 'utf8')) as {
        version: string;
        integrity: string;
        html: string;
      };
      const hash = createHash('sha384')
        .update(readFileSync(dist('trade-widgets.min.js')))
        .digest('base64');
      assert.equal(snippet.version, pkg.version);
      assert.equal(snippet.integrity, `sha384-${hash}`);
      assert.equal(
        snippet.html,
        `<script src="https://cdn.jsdelivr.net/npm/trade-widgets@${pkg.version}/dist/trade-widgets.min.js" integrity="sha384-${hash}" crossorigin="anonymous" blocking="render"></script>`,
      );
      const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
      assert.ok(readme.includes(snippet.html), 'README.md should show the snippet of the latest build');
    },
  );
});
