/// <reference types="vite/client" />
import type { ArgTypesEnhancer, InputType } from 'storybook/internal/types';

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

/** `TradeNewsFeed` → `trade-news-feed`. */
function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The shared base class; every element extends it. */
const BASE_CLASS = 'TradeElement';

/**
 * The elements register through `defineElement()`, which the analyzer cannot follow, and extend
 * `TradeElement` rather than `LitElement`, so the analyzer marks neither their tag nor that they are
 * custom elements. A subclass of the base without a `@tagname` JSDoc tag gets its tag from its class
 * name (each element class is named after its tag). The `@summary` line is put in front of the
 * description, since the docs page shows only the description.
 */
export function prepareManifest(raw: Manifest): Manifest {
  const manifest = structuredClone(raw);
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      if (!declaration.tagName && declaration.superclass?.name !== BASE_CLASS) continue;
      declaration.customElement = true;
      declaration.tagName ??= kebab(declaration.name);
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

function controlFor(typeText: string | undefined, name: string): InputType['control'] {
  const options = literalOptions(typeText);
  if (options) return { type: options.length <= 4 ? 'inline-radio' : 'select' };
  const type = typeText?.replace(/\s*\|\s*undefined/g, '').trim();
  if (type === 'boolean') return { type: 'boolean' };
  if (type === 'number') return { type: 'number' };
  if (name.startsWith('--') && /color/.test(name)) return { type: 'color' };
  return { type: 'text' };
}

/**
 * Controls for designers: one per attribute (radio buttons for the fixed choices, a switch for
 * boolean attributes) and one per CSS custom property. Properties, events, slots and parts keep
 * their documentation rows but get no control, so each setting has exactly one control, named as it
 * is written in HTML; a story that sets a property (`posts`, say) declares its control itself.
 */
export const attributeControls: ArgTypesEnhancer = (context) => {
  if (!declarationOf(context.component)) return context.argTypes;
  const argTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    if (!argType || argType.control !== undefined) continue;
    const category = argType.table?.category;
    if (category === 'attributes' || category === 'css custom properties') {
      const typeText = typeof argType.table?.type?.summary === 'string' ? argType.table.type.summary : undefined;
      const options = literalOptions(typeText);
      argTypes[name] = { ...argType, control: controlFor(typeText, name), ...(options ? { options } : {}) };
    } else if (category) {
      argTypes[name] = { ...argType, control: false };
    }
  }
  return argTypes;
};
