import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';

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
 * Lit keeps two things on `window`: its version (`litHtmlVersions` and friends, so its dev build
 * can warn about duplicate copies) and `litPropertyMetadata`, a registry shared by copies for
 * standard decorators. The script-tag bundle promises partners exactly one global
 * (`TradeWidgets`), so its copy of Lit drops the version lines and keeps the registry in the
 * module (our classes declare their properties statically and never read it).
 */
function noLitGlobals(): Plugin {
  const versionPush =
    /\(\s*[\w$.]+\.(?:litHtml|litElement|reactiveElement)Versions\s*\?\?=\s*\[\s*\]\s*\)\.push\(\s*["'`][^"'`]*["'`]\s*\)/g;
  const metadataInit = /[\w$]+\.litPropertyMetadata\s*\?\?=\s*new WeakMap(\(\))?/g;
  const metadataUse = /(globalThis\.)?\blitPropertyMetadata\b/g;
  return {
    name: 'trade-widgets:no-lit-globals',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      let out = code.replace(versionPush, 'void 0');
      if (/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/.test(id)) {
        out = `const __litPropertyMetadata = new WeakMap();\nexport { __litPropertyMetadata };\n${out
          .replace(metadataInit, 'void 0')
          .replace(metadataUse, '__litPropertyMetadata')}`;
      } else if (/[\\/]@lit[\\/]reactive-element[\\/]decorators[\\/]property\.js$/.test(id)) {
        out = `import { __litPropertyMetadata } from '../reactive-element.js';\n${out.replace(metadataUse, '__litPropertyMetadata')}`;
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Minifies the text of css`` and html`` templates, which the JavaScript minifier leaves alone. */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'trade-widgets:minify-template-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const minified = minifyLiterals(code);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}

/**
 * Modules the script-tag build replaces with their `*.script.ts` twin. In an npm build they are
 * plain dynamic imports, which an application's bundler splits into chunks. The one classic script
 * cannot import chunks of its own: it loads the sanitizer and the languages as ES modules written
 * beside it, and carries the form's checking and sending code inline.
 */
const scriptTagSwaps = /(load-sanitizer|load-language|load-send)(\.js|\.ts)?$/;

function scriptTagSwap(): Plugin {
  return {
    name: 'trade-widgets:script-tag-swap',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !scriptTagSwaps.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? resolved.id.replace(/\.(js|ts)$/, '.script.ts') : null;
    },
  };
}

/**
 * `vite build` writes dist/trade-widgets.min.js, the classic script partners paste (Lit, the data
 * layer and all three elements with their English strings); `vite build --mode siblings` writes
 * the ES modules it loads on demand from its own directory: the body sanitizer (DOMPurify) and the
 * Spanish and French strings. The npm build is plain `tsc` output (see package.json), so modules
 * stay separate and bundlers can tree-shake them.
 */
export default defineConfig(({ mode }) => {
  const siblings = mode === 'siblings';
  return {
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    plugins: siblings ? [] : [keepDefineFiles(), scriptTagSwap(), noLitGlobals(), minifyTemplateLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: true,
      lib: siblings
        ? {
            entry: {
              'trade-widgets.sanitize': resolve(root, 'src/shared/sanitize.ts'),
              'trade-widgets.i18n-es': resolve(root, 'src/shared/i18n/es.ts'),
              'trade-widgets.i18n-fr': resolve(root, 'src/shared/i18n/fr.ts'),
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          }
        : {
            entry: resolve(root, 'src/script-tag.script.ts'),
            formats: ['iife'],
            name: 'TradeWidgetsBundle',
            fileName: () => 'trade-widgets.min.js',
          },
    },
  };
});
