import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.js';

const root = import.meta.dirname;

/**
 * The modules that do something at import (register elements, install the RSS and Atom reader):
 * the ones package.json's `sideEffects` names, as their src paths.
 */
const sideEffectFiles = new Set(
  (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { sideEffects: string[] }).sideEffects
    .filter((entry) => /^\.\/dist\/.*\.js$/.test(entry))
    .map((entry) => resolve(root, entry.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'))),
);

/**
 * package.json's `sideEffects` names the dist files, so the bundler would otherwise drop the
 * modules above when it reads them from src.
 */
function keepDefineFiles(): Plugin {
  return {
    name: 'trade-widgets:keep-define-files',
    enforce: 'pre',
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && sideEffectFiles.has(resolved.id) ? { ...resolved, moduleSideEffects: true } : null;
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
 * The entries of the chunk build: the three elements' define files, and the string lookup, whose
 * `registerLanguage` the loader hands languages to. The latter is an entry of the `shared` chunk
 * (below), so it is named after it.
 */
const chunkEntries = {
  'trade-news-feed': resolve(root, 'src/trade-news-feed.ts'),
  'trade-post': resolve(root, 'src/trade-post.ts'),
  'broker-contact-form': resolve(root, 'src/broker-contact-form.ts'),
  shared: resolve(root, 'src/shared/i18n/index.ts'),
};

/**
 * What every element needs — Lit, the base element, its attribute converters, the theme, events,
 * the guarded define, the loader of modules fetched on demand, the string lookup and URL guard —
 * goes in one `shared` chunk rather than the handful the automatic
 * split would make of it: one request and one gzip stream instead of four on every page. Lit's
 * directives (the feed's `repeat`, 1.1 KiB of gzip with the helpers it needs) stay with the element
 * that uses them, off the pages without a feed.
 */
const sharedChunk =
  /[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](?!directives[\\/]|directive(-helpers)?\.js$)|src[\\/]shared[\\/](converters|decorators|define|events|on-demand|trade-element|theme\.styles|url|i18n[\\/](index|intl|load-language))\.ts$)/;

/**
 * The chunk build's elements are only ever loaded by the loader, which has already given every tag
 * its box (src/shared/reserve.ts), so their copy of that sheet is left out: 1.2 KiB of gzip off
 * every script-tag page. The npm build and the all-in-one file keep it.
 */
function reservedByLoader(): Plugin {
  const reserve = resolve(root, 'src/shared/reserve.ts');
  return {
    name: 'trade-widgets:reserved-by-loader',
    enforce: 'pre',
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === reserve ? '\0reserved-by-loader' : null;
    },
    load: (id) => (id === '\0reserved-by-loader' ? 'export function reserveBoxes() {}' : null),
  };
}

/** Where the chunk build leaves its manifest, which the loader build reads. */
const manifestFile = '.vite/trade-widgets-chunks.json';

/**
 * Files of an earlier build would pile up beside the new ones (their names carry content hashes),
 * so the chunk build, the first of the three, clears every `dist/trade-widgets.*` first.
 */
function clearOldBundles(): Plugin {
  return {
    name: 'trade-widgets:clear-old-bundles',
    buildStart() {
      const dist = resolve(root, 'dist');
      if (!existsSync(dist)) return;
      for (const name of readdirSync(dist)) if (name.startsWith('trade-widgets.')) rmSync(resolve(dist, name));
    },
  };
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/**
 * For each entry of the chunk build, its file followed by every chunk it reaches through static
 * imports: the loader requests them all at once.
 */
function chunkLists(): { elements: Record<string, string[]>; shared: string[] } {
  const manifest = JSON.parse(readFileSync(resolve(root, 'dist', manifestFile), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const closure = (entry: string): string[] => {
    const key = Object.keys(manifest).find((name) => resolve(root, name) === entry);
    if (!key) throw new Error(`${entry} is not in dist/${manifestFile}: run the chunk build first`);
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const imported of manifest[name]?.imports ?? []) visit(imported);
    };
    visit(key);
    return [...seen].map((name) => manifest[name]!.file);
  };
  const { shared, ...elements } = chunkEntries;
  return {
    elements: Object.fromEntries(Object.entries(elements).map(([tag, entry]) => [tag, closure(entry)])),
    shared: closure(shared),
  };
}

/**
 * Three builds, each a mode of `vite build` (package.json `build:bundle` runs them in order):
 *
 * - `vite build` — the chunk build: the three elements and the languages module as ES modules,
 *   code-split, minified, written to dist/ as `trade-widgets.<name>-<hash>.js`. Lit, the theme,
 *   the data layer and the strings land in shared chunks; every dynamic `import()` in src (the
 *   sanitizer and, behind it, DOMPurify; Spanish and French; the form's sending code) becomes a
 *   chunk of its own, fetched when the code asks for it.
 * - `vite build --mode loader` — dist/trade-widgets.min.js, the classic script partners paste
 *   (src/script-tag.ts), told the chunk file names from the chunk build's manifest.
 * - `vite build --mode all` — dist/trade-widgets.all.min.js: everything in one classic script,
 *   dynamic imports inlined, for hosts that cannot serve sibling files.
 *
 * The npm build is plain `tsc` output (see package.json), so modules stay separate and
 * applications' bundlers share and tree-shake them.
 */
export default defineConfig(({ mode }) => {
  const shared = {
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
  };
  const output = { outDir: 'dist', emptyOutDir: false, target: 'es2021', minify: true, sourcemap: true };

  if (mode === 'loader') {
    return {
      ...shared,
      define: { ...shared.define, __TRADE_WIDGETS_CHUNKS__: JSON.stringify(chunkLists()) },
      build: {
        ...output,
        lib: {
          entry: resolve(root, 'src/script-tag.ts'),
          formats: ['iife'],
          name: 'TradeWidgetsLoader',
          fileName: () => 'trade-widgets.min.js',
        },
      },
    };
  }

  const plugins = [keepDefineFiles(), noLitGlobals(), minifyTemplateLiterals()];
  if (mode === 'all') {
    return {
      ...shared,
      plugins,
      build: {
        ...output,
        lib: {
          entry: resolve(root, 'src/script-tag-all.ts'),
          formats: ['iife'],
          name: 'TradeWidgetsAll',
          fileName: () => 'trade-widgets.all.min.js',
        },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    };
  }

  return {
    ...shared,
    plugins: [clearOldBundles(), reservedByLoader(), ...plugins],
    build: {
      ...output,
      manifest: manifestFile,
      copyPublicDir: false,
      // Library mode: an application build wraps every dynamic `import()` in Vite's preload helper
      // (0.7 KiB of gzip in the shared chunk, on every page), which on a failed import sends
      // `vite:preloadError` to the partner's window, where a Vite app's usual handler reloads the
      // page. The loader already requests each element's chunks together, so nothing is lost.
      lib: { entry: chunkEntries, formats: ['es'] },
      rolldownOptions: {
        // An entry module may export from the chunk it sits in, rather than from a facade file
        // that only re-exports it (one request fewer for <trade-post> and the languages).
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          // Library mode keeps whitespace and `@__PURE__` comments in ES output for a bundler to
          // read later; these files go to browsers as they are.
          minify: true,
          comments: false,
          entryFileNames: 'trade-widgets.[name]-[hash].js',
          chunkFileNames: 'trade-widgets.[name]-[hash].js',
          codeSplitting: { groups: [{ name: 'shared', test: sharedChunk }] },
        },
      },
    },
  };
});
