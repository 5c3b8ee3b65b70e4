import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..', '..');

/** What `npm run build` reads: when none of it changed since the last build, the build stands. */
const inputs = [
  'src',
  'package.json',
  'custom-elements-manifest.config.mjs',
  'scripts',
  'tsconfig.build.json',
  'vite.config.ts',
];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `npm run build` unless dist/ is newer than every input. Test files run in parallel
 * processes, so a lock directory makes the second one wait for the first one's build.
 */
export function ensureBuilt(): void {
  const lock = join(root, '.build-lock');
  const stamp = join(root, 'node_modules', '.cache', 'trade-widgets-built');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A build takes well under a minute; a lock older than 3 minutes was left by a killed run.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 180_000) rmSync(lock, { recursive: true, force: true });
      sleep(250);
    }
  }
  try {
    const latest = Math.max(...inputs.map((input) => newest(join(root, input))));
    if (existsSync(stamp) && statSync(stamp).mtimeMs > latest && existsSync(join(root, 'dist', 'web-types.json')))
      return;
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
    mkdirSync(join(stamp, '..'), { recursive: true });
    writeFileSync(stamp, '');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
