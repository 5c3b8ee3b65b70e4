// Writes the iframe embed: dist/embed.html (from src/embed/embed.html) and its script
// dist/trade-widgets.embed.js (src/embed/embed.ts, one minified classic script with no globals).
// The page loads trade-widgets.min.js from its own folder, so it works wherever dist/ is hosted.
// Both files are built aside and moved into dist/ whole, so a server never sends half a file.
import { copyFile, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'dist');

await mkdir(outDir, { recursive: true });
const work = await mkdtemp(join(outDir, '.embed-'));
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: work,
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: false,
      lib: {
        entry: join(root, 'src/embed/embed.ts'),
        formats: ['iife'],
        // Required for an IIFE; the entry exports nothing, so no global is created.
        name: 'TradeWidgetsEmbed',
        fileName: () => 'trade-widgets.embed.js',
      },
    },
  });
  await copyFile(join(root, 'src/embed/embed.html'), join(work, 'embed.html'));
  for (const name of ['trade-widgets.embed.js', 'embed.html']) await rename(join(work, name), join(outDir, name));
} finally {
  await rm(work, { recursive: true, force: true });
}
