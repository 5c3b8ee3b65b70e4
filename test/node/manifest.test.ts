import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ts from 'typescript';
import { ensureBuilt } from './helpers/build.js';

interface Declaration {
  name: string;
  kind?: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}

interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const root = join(import.meta.dirname, '..', '..');

/** Every `path` and `module` the manifest names, with where it was found. */
function namedFiles(value: unknown, at = '$'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => namedFiles(item, `${at}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    (key === 'path' || key === 'module') && typeof child === 'string'
      ? [[child, `${at}.${key}`] as [string, string]]
      : namedFiles(child, `${at}.${key}`),
  );
}

/**
 * The names an element keeps to itself, read from the sources: the private, protected and
 * `@internal` members and the reactive state (`state: true` in `static properties`) of its class and
 * of the shared base class, and the members of the other classes in its folder (the controllers and
 * stores it keeps its state in), but for the names the README documents (`posts`, `submit()`).
 */
function ownNames(elementSource: string): Set<string> {
  const hidden = new Set<string>();
  const elsewhere = new Set<string>();
  const folder = dirname(elementSource);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
  for (const file of [...files, join(root, 'src/shared/trade-element.ts')]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const classes: ts.ClassDeclaration[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node)) classes.push(node);
      ts.forEachChild(node, visit);
    };
    visit(source);
    for (const declaration of classes) {
      const element = declaration.heritageClauses?.some((clause) => /\b(Trade|Lit)Element\b/.test(clause.getText()));
      for (const member of declaration.members) {
        if (!member.name || ts.isComputedPropertyName(member.name) || ts.isConstructorDeclaration(member)) continue;
        const name = member.name.getText(source);
        const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
        const internal = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
        if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || internal) hidden.add(name);
        else if (!element) elsewhere.add(name);
        if (element && name === 'properties' && ts.isPropertyDeclaration(member) && member.initializer) {
          const object = member.initializer;
          if (!ts.isObjectLiteralExpression(object)) continue;
          for (const entry of object.properties) {
            if (ts.isPropertyAssignment(entry) && /\bstate:\s*true\b/.test(entry.initializer.getText(source))) {
              hidden.add(entry.name.getText(source));
            }
          }
        }
      }
    }
  }
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const [, name] of readme.matchAll(/`([A-Za-z_$][\w$]*)(?:\(\))?`/g)) elsewhere.delete(name!);
  return new Set([...hidden, ...elsewhere]);
}

/** Attributes API.md lists for each element, then the additions the README documents. */
const contract: Record<string, string[]> = {
  'trade-news-feed': [
    'src',
    'format',
    'limit',
    'layout',
    'heading',
    'see-all-href',
    'hide',
    'tag',
    'searchable',
    'load-more',
    'excerpt-length',
    'loading',
    'refresh',
    'cache-ttl',
    'timeout',
    'lang',
    'theme',
    'link-target',
    'heading-level',
    'profiles',
  ],
  'trade-post': [
    'src',
    'post-id',
    'variant',
    'hide',
    'heading-level',
    'date-style',
    'excerpt-length',
    'lang',
    'theme',
    'link-target',
    'timeout',
    'views-endpoint',
  ],
  'broker-contact-form': [
    'action',
    'encoding',
    'fields',
    'required',
    'topics',
    'consent',
    'heading',
    'submit-label',
    'success-message',
    'timeout',
    'lang',
    'theme',
  ],
};

describe('custom-elements.json, as `npm run analyze` writes it', () => {
  let dir: string;
  let elements: Map<string, Declaration>;
  let manifest: Manifest;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'trade-widgets-manifest-'));
    // The analyzer reads --outdir relative to the working directory.
    execFileSync(
      join(root, 'node_modules', '.bin', 'cem'),
      ['analyze', '--litelement', '--outdir', relative(root, dir)],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest;
    elements = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName!, declaration]),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names all three elements by tag', () => {
    assert.deepEqual([...elements.keys()].sort(), ['broker-contact-form', 'trade-news-feed', 'trade-post']);
  });

  for (const [tag, attributes] of Object.entries(contract)) {
    it(`lists the attributes of <${tag}>: API.md's and the documented additions, no more`, () => {
      const listed = (elements.get(tag)?.attributes ?? []).map((attribute) => attribute.name);
      assert.deepEqual([...listed].sort(), [...attributes].sort());
    });
  }

  it('keeps internal state out of the public members', () => {
    for (const [tag, element] of elements) {
      const own = ownNames(join(root, 'src', 'components', tag, `${tag}.ts`));
      assert.ok(own.size > 0, `no names of its own found for <${tag}>`);
      const leaked = (element.members ?? [])
        .filter((member) => member.privacy !== 'private' && member.privacy !== 'protected')
        .map((member) => member.name)
        .filter((name) => name.startsWith('_') || own.has(name));
      assert.deepEqual(leaked, [], `<${tag}> exposes ${leaked.join(', ')}`);
    }
  });

  it('names the shipped JavaScript, never the TypeScript sources', () => {
    const named = namedFiles(manifest).filter(([file]) => !/^dist\/.+\.js$/.test(file));
    assert.deepEqual(named, []);
  });

  it('has one custom-element-definition per tag, in the module that registers it', () => {
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => ({ tag: entry.name, in: module.path, ...entry.declaration })),
    );
    assert.deepEqual(definitions.map(({ tag, in: path }) => [tag, path]).sort(), [
      ['broker-contact-form', 'dist/broker-contact-form.js'],
      ['trade-news-feed', 'dist/trade-news-feed.js'],
      ['trade-post', 'dist/trade-post.js'],
    ]);
    for (const definition of definitions) {
      const declared = manifest.modules
        .find((module) => module.path === definition.module)
        ?.declarations?.find((declaration) => declaration.name === definition.name);
      assert.equal(declared?.tagName, definition.tag, `<${definition.tag}> points at ${definition.module}`);
      assert.equal(declared?.customElement, true);
    }
  });

  it('lists the values of enumerated attributes', () => {
    const type = (tag: string, name: string) =>
      (elements.get(tag)?.attributes as { name: string; type?: { text: string } }[]).find((a) => a.name === name)?.type
        ?.text;
    assert.equal(type('trade-news-feed', 'layout'), "'list' | 'grid' | 'compact'");
    assert.equal(type('trade-post', 'variant'), "'full' | 'card' | 'compact'");
    assert.equal(type('broker-contact-form', 'encoding'), "'json' | 'form'");
    assert.equal(type('trade-news-feed', 'theme'), "'light' | 'dark' | 'auto'");
  });
});

describe('the packed package (`npm pack` after `npm run build`)', () => {
  let packed: Set<string>;
  let manifest: Manifest;

  before(() => {
    ensureBuilt();
    const [listing] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
    ) as { files: { path: string }[] }[];
    packed = new Set(listing!.files.map((file) => file.path));
    manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  });

  it('holds every file custom-elements.json names', () => {
    assert.ok(packed.has('custom-elements.json'));
    const missing = namedFiles(manifest).filter(([file]) => !packed.has(file));
    assert.deepEqual(missing, []);
  });

  it('holds every file package.json points at: exports, types, editor data', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
      customElements: string;
      'web-types': string;
    };
    const targets = [
      pkg.customElements,
      pkg['web-types'],
      ...Object.values(pkg.exports).flatMap((target) =>
        typeof target === 'string' ? [target] : Object.values(target),
      ),
    ].map((target) => target.replace(/^\.\//, ''));
    assert.deepEqual(
      targets.filter((target) => !packed.has(target)),
      [],
    );
    for (const file of [
      'dist/vscode.html-custom-data.json',
      'dist/web-types.json',
      'dist/react/index.js',
      'dist/messages.en.json',
    ]) {
      assert.ok(packed.has(file), file);
    }
  });

  it('ships editor data with every tag, attribute, enumerated value and description', () => {
    const vscode = JSON.parse(readFileSync(join(root, 'dist', 'vscode.html-custom-data.json'), 'utf8')) as {
      tags: {
        name: string;
        description: string;
        attributes: { name: string; description: string; values?: { name: string }[] }[];
      }[];
    };
    const webTypes = JSON.parse(readFileSync(join(root, 'dist', 'web-types.json'), 'utf8')) as {
      contributions: {
        html: {
          elements: {
            name: string;
            description: string;
            attributes: { name: string; description: string; values?: { name: string }[] }[];
            events: { name: string }[];
          }[];
        };
      };
    };
    const webElements = webTypes.contributions.html.elements;
    for (const [tag, attributes] of Object.entries(contract)) {
      for (const [source, element] of [
        ['vscode', vscode.tags.find((t) => t.name === tag)],
        ['web-types', webElements.find((e) => e.name === tag)],
      ] as const) {
        assert.ok(element?.description, `${source}: <${tag}> has a description`);
        assert.deepEqual(element.attributes.map((a) => a.name).sort(), [...attributes].sort(), `${source}: <${tag}>`);
        for (const attribute of element.attributes)
          assert.ok(attribute.description, `${source}: ${tag}[${attribute.name}]`);
      }
    }
    const layout = vscode.tags.find((t) => t.name === 'trade-news-feed')!.attributes.find((a) => a.name === 'layout');
    assert.deepEqual(
      layout?.values?.map((v) => v.name),
      ['list', 'grid', 'compact'],
    );
    const variant = webElements.find((e) => e.name === 'trade-post')!.attributes.find((a) => a.name === 'variant');
    assert.deepEqual(
      variant?.values?.map((v) => v.name),
      ['full', 'card', 'compact'],
    );
    assert.deepEqual(
      webElements.find((e) => e.name === 'broker-contact-form')!.events.map((e) => e.name),
      ['broker-contact-submit', 'broker-contact-success', 'broker-contact-error'],
    );
  });
});
