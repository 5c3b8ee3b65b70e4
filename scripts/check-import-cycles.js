// Finds import cycles among the modules of src/, counting type-only imports, re-exports and
// dynamic `import()` too: a module that imports itself back through any chain is reported.
// Usage: `node scripts/check-import-cycles.js [dir]`; exit code 1 when there is a cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function modules(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** The module paths `file` imports (relative specifiers only; packages cannot import back). */
function importsOf(file) {
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return [...source.matchAll(specifierPattern)]
    .map(([, specifier]) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
    .filter((path) => existsSync(path));
}

/** Every cycle, each as the list of modules around it (the first repeated at the end). */
export function findCycles(dir) {
  const graph = new Map(modules(dir).map((file) => [file, importsOf(file)]));
  const cycles = [];
  const done = new Set();
  const stack = [];
  const visit = (file) => {
    const at = stack.indexOf(file);
    if (at >= 0) return void cycles.push([...stack.slice(at), file]);
    if (done.has(file)) return;
    stack.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    stack.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'src');
  const cycles = findCycles(dir);
  for (const cycle of cycles) console.error(`import cycle: ${cycle.map((file) => relative(dir, file)).join(' → ')}`);
  if (cycles.length) process.exit(1);
  console.log(`no import cycles in ${relative(process.cwd(), dir) || '.'}`);
}
