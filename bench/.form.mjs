import { build } from 'esbuild';
import { gzip } from './sizes.js';
const spec = process.argv[2];
const r = await build({
  stdin: { contents: `export * from './src/${spec}'`, resolveDir: '.', loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  sourcemap: 'external',
  outdir: '/tmp/o',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
});
const js = r.outputFiles.find((f) => f.path.endsWith('.js')).contents;
console.log('total', js.length, 'gzip', gzip(js));
const out = Object.entries(r.metafile.outputs).find(([k]) => k.endsWith('.js'))[1];
const agg = {};
for (const [k, v] of Object.entries(out.inputs)) {
  const m = k.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*$/, 'node_modules/$1');
  agg[m] = (agg[m] || 0) + v.bytesInOutput;
}
console.log(
  Object.entries(agg)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([k, v]) => `${String(v).padStart(6)} ${k}`)
    .join('\n'),
);
