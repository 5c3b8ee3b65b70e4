// After `tsc`: minify the css`` and html`` template text of the npm build in place, as Lit does
// for its own published files. An application's minifier cannot shrink template text, so without
// this every user would ship our indentation.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyLiterals } from './minify-literals.js';

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.js') && !entry.name.startsWith('trade-widgets.')) yield path;
  }
}

let saved = 0;
for await (const file of files('dist')) {
  const code = await readFile(file, 'utf8');
  const minified = minifyLiterals(code, { keepLines: true });
  if (minified !== code) {
    saved += code.length - minified.length;
    await writeFile(file, minified);
  }
}
console.log(`template literals minified: ${saved} bytes saved`);
