// Writes src/version.ts from package.json, the one place the version is written by hand. Runs
// before every build (so the npm build's `version` export and `TradeWidgets.version` in the
// script-tag files follow package.json) and from `npm version`, which commits the result.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
const text = `// Generated from package.json by scripts/write-version.js: change the version there.\n\n/** The package version. */\nexport const version = '${version}';\n`;

let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {
  // first run
}
if (current !== text) {
  writeFileSync(file, text);
  console.log(`src/version.ts: ${version}`);
}
