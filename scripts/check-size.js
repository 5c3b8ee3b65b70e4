// `npm run size`: the size budgets CI enforces after `npm run build`. Prints a small table
// and exits non-zero with one line per miss.
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

const results = evaluateBudgets(sizes);
const rows = results.map((result) => [
  result.label,
  formatKiB(result.gzip),
  `≤ ${formatKiB(result.limit)}`,
  result.mustNotContain ? `no ${result.mustNotContain}` : '',
  result.ok ? 'ok' : 'MISS',
]);
const header = ['budget (gzip -9)', 'size', 'limit', 'must not contain', ''];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
for (const row of [header, ...rows])
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
console.log(`(npm entries bundled from ${from}/ with esbuild, minified, dependencies included)`);

const problems = results.flatMap((result) => result.problems);
if (problems.length) {
  for (const problem of problems) console.error(`size budget missed: ${problem}`);
  process.exit(1);
}
