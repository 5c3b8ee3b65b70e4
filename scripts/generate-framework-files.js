// Writes every framework and editor file from custom-elements.json, so none of them can drift from
// the elements: the React wrappers (dist/react/), JSX and template types for React, Preact, Solid,
// Vue and Svelte (dist/types/), VS Code custom HTML data and JetBrains web-types; and
// dist/messages.en.json, every UI string key with its English text (from the built catalog).
// Run by `npm run build` after `tsc` and `npm run analyze`; `node scripts/generate-framework-files.js [outdir]`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const out = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const HEADER = '// Generated from custom-elements.json by scripts/generate-framework-files.js. Do not edit.\n';

/** `trade-feed-load` → `TradeFeedLoad`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** A JSDoc block, `*\/` made harmless. */
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';
const withoutUndefined = (text) =>
  text
    ?.split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined')
    .join(' | ');
/** `'list' | 'grid'` → ['list', 'grid']; undefined unless every member is a string literal. */
const literals = (text) => {
  const parts = (withoutUndefined(text) ?? '').split(' | ');
  const values = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  return values.length > 1 && values.every((value) => value !== undefined) ? values : undefined;
};

/** The exported names a type text refers to (`CustomEvent<BrokerContactSubmitDetail>` → the detail). */
const BUILT_IN = new Set(['CustomEvent', 'Event', 'Record', 'Partial', 'Array', 'Promise', 'Readonly']);
const referenced = (text) => (text?.match(/\b[A-Z]\w*/g) ?? []).filter((name) => !BUILT_IN.has(name));

// ---------------------------------------------------------------------------------------------
// What the manifest says about each element.

const elements = [];
for (const module of manifest.modules) {
  for (const entry of module.exports ?? []) {
    if (entry.kind !== 'custom-element-definition') continue;
    const declaration = manifest.modules
      .find((candidate) => candidate.path === entry.declaration.module)
      ?.declarations?.find((candidate) => candidate.name === entry.declaration.name);
    if (!declaration) throw new Error(`custom-elements.json: no declaration for <${entry.name}>`);
    const isPublic = (member) =>
      !member.static && (member.privacy ?? 'public') === 'public' && !/^[_#]/.test(member.name);
    elements.push({
      tag: entry.name,
      className: entry.declaration.name,
      defineModule: module.path,
      description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        type: attributeType(attribute.type?.text),
        values: literals(attribute.type?.text),
        default: attribute.default,
      })),
      // Properties an attribute cannot carry: objects and arrays, set from JavaScript.
      properties: (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && isPublic(member) && !member.readonly && !member.attribute)
        .filter((member) => !(declaration.attributes ?? []).some((attribute) => attribute.fieldName === member.name))
        .map((member) => ({
          name: member.name,
          description: member.description ?? '',
          type: withoutUndefined(member.type?.text) || 'unknown',
        })),
      events: (declaration.events ?? []).map((event) => ({
        name: event.name,
        description: event.description ?? '',
        type: event.type?.text ?? 'CustomEvent',
        prop: `on${pascal(event.name)}`,
      })),
      slots: declaration.slots ?? [],
      cssParts: declaration.cssParts ?? [],
      cssProperties: declaration.cssProperties ?? [],
    });
  }
}
if (!elements.length) throw new Error('custom-elements.json defines no elements: run `npm run analyze` first.');
elements.sort((a, b) => a.tag.localeCompare(b.tag));

function attributeType(text) {
  const type = withoutUndefined(text);
  if (!type) return 'string';
  if (literals(type) || ['string', 'number', 'boolean'].includes(type)) return type;
  return 'string';
}

/** Names the element modules export, so the generated types can import the ones they mention. */
const exported = new Set(
  manifest.modules
    .filter((module) => module.path === 'dist/index.js' || elements.some((e) => e.defineModule === module.path))
    .flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'js').map((entry) => entry.name)),
);
const typeImports = (texts) => {
  const names = [...new Set(texts.flatMap(referenced))].filter((name) => exported.has(name)).sort();
  return names;
};

function write(file, text) {
  const path = join(out, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The import specifier of dist file `target` as seen from dist file `from`. */
const specifier = (from, target) => {
  const path = posix.relative(posix.dirname(from), target);
  return path.startsWith('.') ? path : `./${path}`;
};

// ---------------------------------------------------------------------------------------------
// dist/types/elements.d.ts: the framework-neutral shape of each tag.

const allTypeTexts = elements.flatMap((e) => [
  ...e.properties.map((p) => p.type),
  ...e.events.map((event) => event.type),
  e.className,
]);
const neutralImports = typeImports(allTypeTexts);

let neutral = `${HEADER}import type { ${neutralImports.join(', ')} } from '../index.js';\n\n`;
for (const element of elements) {
  neutral += `/** Attributes of \`<${element.tag}>\`, by their HTML names. */\nexport interface ${element.className}Attributes {\n`;
  for (const attribute of element.attributes) {
    neutral += doc(attribute.description) + `  ${quote(attribute.name)}?: ${attribute.type};\n`;
  }
  neutral += `}\n\n/** Properties of \`<${element.tag}>\` that only JavaScript can set. */\nexport interface ${element.className}Properties {\n`;
  for (const property of element.properties) {
    neutral += doc(property.description) + `  ${quote(property.name)}?: ${property.type};\n`;
  }
  neutral += `}\n\n/** Events of \`<${element.tag}>\`, by event name. */\nexport interface ${element.className}EventMap {\n`;
  for (const event of element.events) neutral += doc(event.description) + `  '${event.name}': ${event.type};\n`;
  neutral += `}\n\n`;
}
neutral += `/** Every tag of the package, with its element class. */\nexport interface TradeWidgetsElements {\n`;
for (const element of elements) neutral += `  '${element.tag}': ${element.className};\n`;
neutral += `}\n`;
write('types/elements.d.ts', neutral);

const elementsImport = (from) => {
  const names = elements.flatMap((e) => [`${e.className}Attributes`, `${e.className}Properties`]);
  return `import type { ${names.join(', ')} } from '${specifier(from, 'dist/types/elements.js')}';\n`;
};
/** `'ontrade-feed-load'?: (event: TradeFeedLoadEvent) => void;` lines, for frameworks that bind `on` + event name. */
const eventAttributes = (element, prefix) =>
  element.events
    .map((event) => doc(event.description, '    ') + `    '${prefix}${event.name}'?: (event: ${event.type}) => void;\n`)
    .join('');

// ---------------------------------------------------------------------------------------------
// React: @lit/react wrappers, and React 19 JSX for the raw tags.

let reactJs = `${HEADER}import * as React from 'react';\nimport { createComponent } from '@lit/react';\n`;
for (const element of elements) {
  reactJs += `import { ${element.className} as ${element.className}Element } from '${specifier('dist/react/index.js', element.defineModule)}';\n`;
}
for (const element of elements) {
  const events = element.events.map((event) => `    ${event.prop}: '${event.name}',\n`).join('');
  reactJs += `\n/** React component for \`<${element.tag}>\`. */\nexport const ${element.className} = createComponent({\n  tagName: '${element.tag}',\n  elementClass: ${element.className}Element,\n  react: React,\n  displayName: '${element.className}',\n  events: {\n${events}  },\n});\n`;
}
write('react/index.js', reactJs);

const reactImports = typeImports(elements.flatMap((e) => e.events.map((event) => event.type)));
let reactDts = `${HEADER}import type { DetailedHTMLProps, HTMLAttributes } from 'react';\nimport type { EventName, ReactWebComponent } from '@lit/react';\n`;
reactDts += `import type { ${elements.map((e) => `${e.className} as ${e.className}Element`).join(', ')} } from '../index.js';\n`;
reactDts += `import type { ${reactImports.join(', ')} } from '../index.js';\n`;
reactDts += elementsImport('dist/react/index.d.ts');
for (const element of elements) {
  reactDts += `\n${doc(element.description, '')}export declare const ${element.className}: ReactWebComponent<\n  ${element.className}Element,\n  {\n`;
  for (const event of element.events)
    reactDts += doc(event.description, '    ') + `    ${event.prop}: EventName<${event.type}>;\n`;
  reactDts += `  }\n>;\n`;
}
reactDts += `\n/** Props of a raw tag in React 19 JSX: its attributes, its properties and \`on<event-name>\` listeners. */\n`;
reactDts += `type RawTag<E extends HTMLElement, A, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof A | keyof P> & A & P;\n`;
reactDts += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
for (const element of elements) {
  reactDts += `      '${element.tag}': RawTag<${element.className}Element, ${element.className}Attributes, ${element.className}Properties & {\n${eventAttributes(element, 'on').replace(/^ {4}/gm, '        ')}      }>;\n`;
}
reactDts += `    }\n  }\n}\n`;
write('react/index.d.ts', reactDts);

// ---------------------------------------------------------------------------------------------
// Preact, Solid, Svelte and Vue: types only (each sets properties and listens to events natively).

const classImport = (from) =>
  `import type { ${elements.map((e) => `${e.className} as ${e.className}Element`).join(', ')} } from '${specifier(from, 'dist/index.js')}';\n`;
const eventImport = (from) =>
  `import type { ${reactImports.join(', ')} } from '${specifier(from, 'dist/index.js')}';\n`;

function jsxTypes(framework, from, module, attributesOf, propertiesOf, eventPrefix) {
  let text = `${HEADER}import type {} from '${module}';\n${classImport(from)}${eventImport(from)}${elementsImport(from)}`;
  text += `\ndeclare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const element of elements) {
    const attributes = `${element.className}Attributes`;
    text += `      '${element.tag}': Omit<${attributesOf(element)}, keyof ${attributes}> &\n        ${attributes} &\n        ${propertiesOf(`${element.className}Properties`)} & {\n${eventAttributes(element, eventPrefix).replace(/^ {4}/gm, '          ')}        };\n`;
  }
  text += `    }\n  }\n}\n`;
  write(`types/${framework}.d.ts`, text);
}
jsxTypes(
  'preact',
  'dist/types/preact.d.ts',
  'preact',
  (e) => `JSX.HTMLAttributes<${e.className}Element>`,
  (p) => p,
  'on',
);
// Solid sets a custom element's props as properties; `prop:` says so explicitly.
jsxTypes(
  'solid',
  'dist/types/solid.d.ts',
  'solid-js',
  (e) => `JSX.HTMLAttributes<${e.className}Element>`,
  (p) => `${p} & { [K in keyof ${p} as \`prop:\${K}\`]?: ${p}[K] }`,
  'on:',
);

let svelte = `${HEADER}import type { HTMLAttributes } from 'svelte/elements';\n${classImport('dist/types/svelte.d.ts')}${eventImport('dist/types/svelte.d.ts')}${elementsImport('dist/types/svelte.d.ts')}`;
svelte += `\ndeclare module 'svelte/elements' {\n  export interface SvelteHTMLElements {\n`;
for (const element of elements) {
  svelte += `    '${element.tag}': Omit<HTMLAttributes<${element.className}Element>, keyof ${element.className}Attributes> &\n      ${element.className}Attributes &\n      ${element.className}Properties & {\n${eventAttributes(element, 'on').replace(/^ {4}/gm, '      ')}${eventAttributes(element, 'on:').replace(/^ {4}/gm, '      ')}      };\n`;
}
svelte += `  }\n}\n\nexport {};\n`;
write('types/svelte.d.ts', svelte);

let vue = `${HEADER}import type { DefineComponent } from 'vue';\n${eventImport('dist/types/vue.d.ts')}${elementsImport('dist/types/vue.d.ts')}`;
vue += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n`;
for (const element of elements) {
  const events = element.events
    .map((event) => doc(event.description, '        ') + `        ${event.prop}?: (event: ${event.type}) => void;\n`)
    .join('');
  vue += `    '${element.tag}': DefineComponent<\n      ${element.className}Attributes &\n        ${element.className}Properties & {\n${events}        }\n    >;\n`;
}
vue += `  }\n}\n\nexport {};\n`;
write('types/vue.d.ts', vue);

// ---------------------------------------------------------------------------------------------
// Editors: VS Code custom HTML data and JetBrains web-types.

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tag,
    description: element.description,
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: [attribute.description, attribute.default !== undefined ? `Default: \`${attribute.default}\`.` : '']
        .filter(Boolean)
        .join('\n\n'),
      ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
      ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
    })),
    references: [{ name: 'README', url: `${pkg.homepage ?? 'https://www.npmjs.com/package/trade-widgets'}` }],
  })),
};
write('vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tag,
        description: element.description,
        source: {
          module: `${pkg.name}/${relative('dist', element.defineModule).split('\\').join('/')}`,
          symbol: element.className,
        },
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.default !== undefined ? { default: attribute.default } : {}),
          value:
            attribute.type === 'boolean'
              ? { type: 'boolean', required: false }
              : { type: attribute.type, required: true },
          ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
        })),
        events: element.events.map((event) => ({ name: event.name, description: event.description, type: event.type })),
        slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
        js: {
          properties: element.properties.map((property) => ({
            name: property.name,
            description: property.description,
            type: property.type,
          })),
          events: element.events.map((event) => ({
            name: event.name,
            description: event.description,
            type: event.type,
          })),
        },
        css: {
          parts: element.cssParts.map((part) => ({ name: part.name, description: part.description ?? '' })),
          properties: element.cssProperties.map((property) => ({
            name: property.name,
            description: property.description ?? '',
          })),
        },
      })),
    },
  },
};
write('web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------
// Every UI string key with its English text: the starting point for registerLanguage().

const { en } = await import(pathToFileURL(join(root, 'dist', 'shared', 'i18n', 'en.js')).href);
write('messages.en.json', `${JSON.stringify(en, null, 2)}\n`);

console.log(
  `framework and editor files for ${elements.map((e) => `<${e.tag}>`).join(', ')} written to ${relative(process.cwd(), out) || '.'}`,
);
