import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/** The files that register elements: package.json marks their dist copies as having side effects. */
const defineFiles = /[\\/]src[\\/](index|trade-news-feed|trade-post|broker-contact-form|script-tag\.script)\.ts$/;

/**
 * package.json's `sideEffects` names the dist files, so the bundler would otherwise drop the
 * registering modules when it reads them from src.
 */
function keepDefineFiles(): Plugin {
  return {
    name: 'trade-widgets:keep-define-files',
    enforce: 'pre',
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && defineFiles.test(resolved.id) ? { ...resolved, moduleSideEffects: true } : null;
    },
  };
}

/**
 * Lit records its version in `window.litHtmlVersions` and friends so its dev build can warn about
 * duplicate copies. The script-tag bundle promises partners exactly one global (`TradeWidgets`),
 * so those lines are dropped from it.
 */
function noLitVersionGlobals(): Plugin {
  const versionPush =
    /\(\s*[\w$.]+\.(?:litHtml|litElement|reactiveElement)Versions\s*\?\?=\s*\[\s*\]\s*\)\.push\(\s*["'`][^"'`]*["'`]\s*\)/g;
  return {
    name: 'trade-widgets:no-lit-version-globals',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      const stripped = code.replace(versionPush, 'void 0');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

/**
 * In the script-tag build, `load-sanitizer.ts` (a plain dynamic import, which a bundler would
 * inline) becomes `load-sanitizer.script.ts`, which loads the sanitizer file beside the bundle.
 */
function scriptTagSanitizer(): Plugin {
  return {
    name: 'trade-widgets:script-tag-sanitizer',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/load-sanitizer(\.js|\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? resolved.id.replace(/load-sanitizer\.(js|ts)$/, 'load-sanitizer.script.ts') : null;
    },
  };
}

/**
 * `vite build` writes dist/trade-widgets.min.js, the classic script partners paste (Lit and all
 * three elements, no DOMPurify); `vite build --mode sanitizer` writes the ES module it loads on
 * the first post body. The npm build is plain `tsc` output (see package.json), so modules stay
 * separate and bundlers can tree-shake them.
 */
export default defineConfig(({ mode }) => {
  const sanitizer = mode === 'sanitizer';
  return {
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    plugins: sanitizer ? [] : [keepDefineFiles(), scriptTagSanitizer(), noLitVersionGlobals()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: true,
      lib: sanitizer
        ? {
            entry: resolve(root, 'src/shared/sanitize.ts'),
            formats: ['es'],
            fileName: () => 'trade-widgets.sanitize.js',
          }
        : {
            entry: resolve(root, 'src/script-tag.script.ts'),
            formats: ['iife'],
            name: 'TradeWidgetsBundle',
            fileName: () => 'trade-widgets.min.js',
          },
      rolldownOptions: sanitizer ? {} : { output: { inlineDynamicImports: true } },
    },
  };
});
