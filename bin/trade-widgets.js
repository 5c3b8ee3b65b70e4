#!/usr/bin/env node
// The `trade-widgets` command. Its code is compiled from src/cli into dist/cli by `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('trade-widgets: the command line is not built: run `npm run build` in the trade-widgets package.');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
