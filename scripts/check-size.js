// `npm run size`: the size budgets CI enforces after `npm run build`. Prints each budget with its
// size and headroom, then the files behind each script-tag page, and exits non-zero with one line
// per miss. The script-tag pages are loaded in headless Chromium (see bench/page-sizes.js).
//
//   npm run size [-- --from=src]     (bundle the npm entries from src/ instead of dist/)
import { budgets, evaluateBudgets, formatKiB, measureSizes, npmEntries, pickSource } from '../bench/sizes.js';

const fromArg = process.argv.find((arg) => arg.startsWith('--from='))?.slice('--from='.length) ?? 'dist';
const from = pickSource(fromArg);

let sizes;
try {
  const ids = new Set(budgets.map((budget) => budget.id));
  sizes = await measureSizes({ from, entries: npmEntries.filter((entry) => ids.has(entry.id)) });
} catch (error) {
  console.error(`size check could not run: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  process.exit(1);
}

function table(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
}

const results = evaluateBudgets(sizes);
table(
  ['budget (gzip -9)', 'size', 'limit', 'headroom', 'must not contain', '', ''],
  results.map((result) => [
    result.label,
    formatKiB(result.gzip),
    result.limit === undefined ? 'reported' : `≤ ${formatKiB(result.limit)}`,
    result.limit === undefined
      ? ''
      : result.gzip <= result.limit
        ? formatKiB(result.limit - result.gzip)
        : `-${formatKiB(result.gzip - result.limit)}`,
    result.mustNotContain ? `no ${result.mustNotContain}` : '',
    result.ok ? 'ok' : 'MISS',
    result.target !== undefined && result.gzip > result.target
      ? `target ${formatKiB(result.target)}: ${formatKiB(result.gzip - result.target)} to go`
      : '',
  ]),
);
console.log('\nWhat each page downloaded of ours (gzip -9 per file):');
for (const page of Object.values(sizes.pages)) {
  const files = page.files.map((file) => `${file.file.replace(/^trade-widgets\./, '')} ${formatKiB(file.gzip)}`);
  console.log(`  ${page.label}: ${formatKiB(page.gzip)} = ${files.join(' + ')}`);
}
console.log(`(npm entries bundled from ${from}/ with esbuild, minified, dependencies included)`);

const problems = results.flatMap((result) => result.problems);
if (problems.length) {
  for (const problem of problems) console.error(`size budget missed: ${problem}`);
  process.exit(1);
}
