/// <reference types="vite/client" />
import type { InputType } from 'storybook/internal/types';

/** The parts of a Custom Elements Manifest (schema 2.x) the docs pages read. */
interface Described {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}

interface Member extends Described {
  kind: 'field' | 'method';
  attribute?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: 'public' | 'private' | 'protected';
}

export interface Declaration extends Described {
  kind: string;
  customElement?: boolean;
  superclass?: { name: string };
  tagName?: string;
  attributes?: (Described & { fieldName?: string })[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[] }[];
}

/**
 * custom-elements.json marks each element (`customElement`, `tagName`) from the `defineElement()`
 * call that registers it (see custom-elements-manifest.config.mjs). The `@summary` line is put in
 * front of the description, since the docs page shows only the description.
 */
export function prepareManifest(raw: Manifest): Manifest {
  const manifest = structuredClone(raw);
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const { summary, description } = declaration;
      if (summary && !description?.includes(summary)) {
        declaration.description = description ? `${summary}\n\n${description}` : summary;
      }
    }
  }
  return manifest;
}

const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const raw = found['../custom-elements.json'];
if (!raw) throw new Error('custom-elements.json is missing: run `npm run analyze` before Storybook.');

/** The project's manifest, ready for `setCustomElementsManifest`. */
export const manifest = prepareManifest(raw);

/** The manifest entry of a tag, if it has one. */
export function declarationOf(tag: unknown): Declaration | undefined {
  if (typeof tag !== 'string') return undefined;
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration;
    }
  }
  return undefined;
}

/** `'list' | 'grid' | 'compact'` → `['list', 'grid', 'compact']`; undefined for anything else. */
export function literalOptions(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const literals = parts.map((part) => /^(['"])(.*)\1$/.exec(part)?.[2]);
  return literals.length > 1 && literals.every((value) => value !== undefined) ? (literals as string[]) : undefined;
}

/** Lit and DOM callbacks every element has; they are not part of an element's own API. */
const LIFECYCLE = new Set([
  'render',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'createRenderRoot',
  'shouldUpdate',
  'willUpdate',
  'update',
  'firstUpdated',
  'updated',
  'getUpdateComplete',
  'scheduleUpdate',
  'performUpdate',
]);

function isPublic(member: Member): boolean {
  return (
    !member.static &&
    (member.privacy === undefined || member.privacy === 'public') &&
    !member.name.startsWith('_') &&
    !member.name.startsWith('#') &&
    !LIFECYCLE.has(member.name)
  );
}

function withoutUndefined(typeText: string | undefined): string | undefined {
  return typeText?.replace(/\s*\|\s*undefined\b/g, '').trim() || undefined;
}

/** A docs-table row; `key` is the arg name, which only attributes and CSS properties turn into controls. */
function row(
  category: string,
  item: Described,
  control: InputType['control'],
  extra: Partial<InputType> = {},
): InputType {
  const typeText = withoutUndefined(item.type?.text);
  const options = control ? literalOptions(typeText) : undefined;
  return {
    name: item.name,
    description: item.description ?? item.summary ?? '',
    ...(options ? { options, type: { name: 'enum', value: options } } : {}),
    control,
    table: {
      category,
      ...(typeText ? { type: { summary: typeText } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
    ...extra,
  };
}

function attributeControl(typeText: string | undefined): InputType['control'] {
  const options = literalOptions(withoutUndefined(typeText));
  if (options) return { type: options.length <= 4 ? 'inline-radio' : 'select' };
  const type = withoutUndefined(typeText);
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'number') return { type: 'number' };
  return { type: 'text' };
}

/**
 * The docs table of an element, read from the manifest. Unlike the framework's own reader, names
 * shared by an attribute and a part (`heading`, `consent`) both keep their row, private fields stay
 * out, and public methods (`refresh()`) are listed. Only attributes and CSS custom properties get
 * controls, named as they are written in HTML and CSS; a property without an attribute (`posts`)
 * gets a JSON control.
 */
export function extractArgTypes(tag: unknown): Record<string, InputType> | null {
  const declaration = declarationOf(tag);
  if (!declaration) return null;
  const argTypes: Record<string, InputType> = {};
  const attributes = declaration.attributes ?? [];
  for (const attribute of attributes) {
    argTypes[attribute.name] = row('attributes', attribute, attributeControl(attribute.type?.text));
  }
  for (const member of declaration.members ?? []) {
    if (!isPublic(member)) continue;
    if (member.kind === 'method') {
      argTypes[`method:${member.name}`] = row('methods', { ...member, name: `${member.name}()` }, false);
      continue;
    }
    const attribute = member.attribute ?? attributes.find((a) => a.fieldName === member.name)?.name;
    if (attribute) {
      const described = { ...member, description: `${member.description ?? ''} (attribute \`${attribute}\`)`.trim() };
      argTypes[`property:${member.name}`] = row('properties', described, false);
    } else {
      argTypes[member.name] = row('properties', member, member.readonly ? false : { type: 'object' });
    }
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = row('events', event, false);
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name || 'default'}`] = row('slots', { ...slot, name: slot.name || '(default)' }, false);
  }
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row('css shadow parts', part, false);
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = row('css custom properties', property, {
      type: /color/.test(property.name) ? 'color' : 'text',
    });
  }
  return argTypes;
}
