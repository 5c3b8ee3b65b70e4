import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';

/**
 * `cem analyze` reads the element classes' JSDoc into custom-elements.json, shipped with the
 * package. The analyzer describes the TypeScript sources; the plugin below makes the manifest
 * describe what the package ships, because every tool that reads it (wrapper and type generators,
 * editors, Storybook) imports or links the files it names.
 */

const root = import.meta.dirname;

/** `src/components/x.ts` or `/src/x.js` → `dist/components/x.js`: the file `tsc` writes. */
const shipped = (path) => path.replace(/^\/?src\/(.+)\.(ts|js)$/, 'dist/$1.js');

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|script|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Scans every source file (the data layer included, which the analyzer skips) for what the
 * analyzer does not record: `defineElement('tag', Class)` (or `customElements.define('tag',
 * Class)`) calls with a literal tag, which register the elements, and
 * type aliases that are unions of string literals (`FeedLayout`), so attributes typed with them list
 * their values instead of a name only TypeScript can resolve.
 */
function scanSources() {
  const definitions = [];
  const unions = new Map();
  for (const file of sourceFiles(join(root, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        /^(defineElement|customElements\.define)$/.test(node.expression.getText(source)) &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        definitions.push({
          path: relative(root, file).split('\\').join('/'),
          tag: node.arguments[0].text,
          className: node.arguments[1].text,
        });
      }
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
        const values = node.type.types.map((type) =>
          ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : undefined,
        );
        if (values.every((value) => value !== undefined)) unions.set(node.name.text, values);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { definitions, unions };
}

/** `FeedLayout | undefined` → `'list' | 'grid' | 'compact' | undefined`. */
function expandType(type, unions) {
  if (!type?.text) return type;
  const text = type.text
    .split('|')
    .map((part) => part.trim())
    .flatMap((part) => (unions.has(part) ? unions.get(part).map((value) => `'${value}'`) : [part]))
    .join(' | ');
  return { ...type, text };
}

/** Rewrites every `path` and `module` that names a source file to the shipped file. */
function rewritePaths(value) {
  if (Array.isArray(value)) return value.forEach(rewritePaths);
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = shipped(child);
    else rewritePaths(child);
  }
}

export function shippedManifest() {
  return {
    name: 'trade-widgets:shipped-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const { definitions, unions } = scanSources();
      const declarations = manifest.modules.flatMap((module) =>
        (module.declarations ?? []).map((declaration) => ({ module, declaration })),
      );

      // The analyzer takes `customElements.define(tag, ctor)` inside defineElement() for a
      // definition of a tag named `tag`; the real ones are the defineElement() calls.
      for (const module of manifest.modules) {
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
      }
      const elements = [];
      for (const { path, tag, className } of definitions) {
        const found = declarations.find(
          ({ declaration }) => declaration.kind === 'class' && declaration.name === className,
        );
        const module = manifest.modules.find((candidate) => candidate.path === path);
        if (!found || !module) throw new Error(`custom-elements.json: no class ${className} for <${tag}> (${path})`);
        found.declaration.customElement = true;
        found.declaration.tagName = tag;
        module.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: found.module.path },
        });
        elements.push(found.declaration);
      }

      // The shared base class extends LitElement, so the analyzer takes it for an element; only
      // classes registered under a tag are elements.
      for (const { declaration } of declarations) {
        if (declaration.customElement && !elements.includes(declaration)) delete declaration.customElement;
      }

      for (const element of elements) {
        for (const attribute of element.attributes ?? []) {
          attribute.type = expandType(attribute.type, unions);
          // `lang` is the global HTML attribute; the elements only read it.
          if (attribute.name === 'lang') {
            attribute.type ??= { text: 'string' };
            attribute.description ||=
              'UI language and date format (`en`, `es`, `fr` built in, more with `registerLanguage`); inherited from the nearest ancestor with `lang`.';
          }
        }
        for (const member of element.members ?? []) {
          member.type = expandType(member.type, unions);
          // A decorated field has modifiers, so the analyzer no longer says it is public.
          member.privacy ??= 'public';
        }
      }

      // Re-exports name their module relative to the exporting one (`./shared/x.js`).
      for (const module of manifest.modules) {
        for (const entry of module.exports ?? []) {
          const target = entry.declaration?.module;
          if (target?.startsWith('.')) entry.declaration.module = posix.join(posix.dirname(module.path), target);
        }
      }
      rewritePaths(manifest);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/script-tag*.ts',
    'src/shared/sibling-base.ts',
    'src/cli/**',
    'src/feed/**',
    'src/embed/**',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [shippedManifest()],
};
