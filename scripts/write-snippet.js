// After the script-tag build: the snippet partners paste, pinned to this version on jsDelivr with
// the Subresource Integrity hash of dist/trade-widgets.min.js. Writes dist/snippet.html and
// dist/snippet.json and rewrites the marked block in README.md, so the README never shows a
// stale hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** `sha384-…` of `bytes`, as the `integrity` attribute wants it. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The script tag for `version` of the loader whose bytes are `bytes`. */
export function snippet(bytes, { pkg = name, ver = version } = {}) {
  const src = `https://cdn.jsdelivr.net/npm/${pkg}@${ver}/dist/trade-widgets.min.js`;
  return `<script src="${src}" integrity="${integrity(bytes)}" crossorigin="anonymous" blocking="render"></script>`;
}

const START = '<!-- snippet:start (written by scripts/write-snippet.js) -->';
const END = '<!-- snippet:end -->';

/** `readme` with the text between the markers replaced by a code block holding `tag`. */
export function replaceBlock(readme, tag) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return readme;
  return `${readme.slice(0, from + START.length)}\n\n\`\`\`html\n${tag}\n\`\`\`\n\n${readme.slice(to)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = readFileSync(new URL('dist/trade-widgets.min.js', root));
  const tag = snippet(bytes);
  writeFileSync(new URL('dist/snippet.html', root), `${tag}\n`);
  writeFileSync(
    new URL('dist/snippet.json', root),
    `${JSON.stringify({ version, file: 'dist/trade-widgets.min.js', integrity: integrity(bytes), html: tag }, null, 2)}\n`,
  );
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  const updated = replaceBlock(readme, tag);
  if (updated !== readme) writeFileSync(readmeUrl, updated);
  console.log(`snippet: ${integrity(bytes)}`);
}
