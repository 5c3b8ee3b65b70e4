import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzip, brotli } from './sizes.js';
const sanitizerAlias = {
  name: 's',
  setup(b) {
    b.onResolve({ filter: /load-sanitizer(\.js)?$/ }, (a) => ({
      path: a.resolveDir + '/' + a.path.replace(/\.js$/, '').replace(/load-sanitizer$/, 'load-sanitizer.script.ts'),
    }));
    b.onResolve({ filter: /\.\/(trade-post|trade-news-feed|broker-contact-form|index)\.js$/ }, async (a) => {
      if (a.pluginData) return;
      const x = await b.resolve(a.path, {
        kind: a.kind,
        importer: a.importer,
        resolveDir: a.resolveDir,
        pluginData: 1,
      });
      return { path: x.path, sideEffects: true };
    });
  },
};
const minifyTemplates = (mode) => ({
  name: 'm',
  setup(b) {
    b.onLoad({ filter: /src\/.*\.ts$/ }, async (a) => {
      let code = readFileSync(a.path, 'utf8');
      if (mode.css)
        code = code.replace(
          /css`([^`]*)`/g,
          (m, body) =>
            'css`' +
            body
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};:,>])\s*/g, '$1')
              .replace(/;}/g, '}')
              .trim() +
            '`',
        );
      if (mode.html)
        code = code.replace(
          /html`([^`]*)`/g,
          (m, body) => 'html`' + body.replace(/>\s+</g, '><').replace(/\s+/g, ' ') + '`',
        );
      return { contents: code, loader: 'ts' };
    });
  },
});
const skipLangs = {
  name: 'l',
  setup(b) {
    b.onLoad({ filter: /i18n\/(es|fr)\.ts$/ }, () => ({
      contents: 'export const es = {}; export const fr = {}; export default {};',
      loader: 'ts',
    }));
  },
};
async function size(label, plugins) {
  const r = await build({
    entryPoints: ['src/script-tag.script.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'es2021',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    plugins: [sanitizerAlias, ...plugins],
    logLevel: 'silent',
  });
  const bytes = r.outputFiles[0].contents;
  console.log(
    label.padEnd(40),
    bytes.length,
    'min',
    (gzip(bytes) / 1024).toFixed(2),
    'KiB gzip',
    (brotli(bytes) / 1024).toFixed(2),
    'KiB br',
  );
}
await size('esbuild baseline', []);
await size('css minified', [minifyTemplates({ css: true })]);
await size('css+html whitespace', [minifyTemplates({ css: true, html: true })]);
if (process.argv[2]) await size('no es/fr (stubbed)', [skipLangs]);
