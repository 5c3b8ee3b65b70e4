import type { CSSResultOrNative } from 'lit';
import { manifest } from '../../.storybook/manifest.js';

/**
 * The CSS custom properties (design tokens) of the three elements: names and descriptions from
 * custom-elements.json, defaults read from the elements' own style sheets, so the Theming page can
 * never disagree with what the elements actually draw.
 */

export const TAGS = ['trade-news-feed', 'trade-post', 'broker-contact-form'] as const;
export type Tag = (typeof TAGS)[number];

export interface Token {
  name: string;
  description: string;
  /** The elements that document the token, in TAGS order. */
  tags: Tag[];
  kind: 'color' | 'font' | 'length';
}

/** Every `--trade-*` token in the manifest, shared ones first, each once. */
export function manifestTokens(): Token[] {
  const byName = new Map<string, Token>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName as Tag | undefined;
      if (!declaration.customElement || !tag || !TAGS.includes(tag)) continue;
      for (const property of declaration.cssProperties ?? []) {
        const token = byName.get(property.name);
        if (token) {
          if (!token.tags.includes(tag)) token.tags.push(tag);
          continue;
        }
        byName.set(property.name, {
          name: property.name,
          description: property.description ?? '',
          tags: [tag],
          kind: /color|background/.test(property.name)
            ? 'color'
            : /font-family/.test(property.name)
              ? 'font'
              : 'length',
        });
      }
    }
  }
  const tokens = [...byName.values()];
  for (const token of tokens) token.tags.sort((a, b) => TAGS.indexOf(a) - TAGS.indexOf(b));
  // Tokens every element reads come first, in manifest order; then each element's own.
  const shared = (token: Token) => (token.tags.length === TAGS.length ? 0 : 1);
  return tokens.sort((a, b) => shared(a) - shared(b));
}

/** `var(--name, fallback)` found in a CSS value, with the fallback as written (or undefined). */
interface VarUse {
  name: string;
  fallback: string | undefined;
  /** Where the whole `var(…)` starts and ends (exclusive) in the value. */
  start: number;
  end: number;
}

/** The top-level `var()` calls of a CSS value; nested ones are left inside their fallback. */
export function varUses(value: string): VarUse[] {
  const uses: VarUse[] = [];
  let index = value.indexOf('var(');
  while (index >= 0) {
    let depth = 0;
    let end = index + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const inside = value.slice(index + 4, end);
    const comma = inside.indexOf(',');
    uses.push({
      name: (comma < 0 ? inside : inside.slice(0, comma)).trim(),
      fallback: comma < 0 ? undefined : inside.slice(comma + 1).trim(),
      start: index,
      end: end + 1,
    });
    index = value.indexOf('var(', end);
  }
  return uses;
}

/** One declaration of an element's style sheets, with whether it applies only in the dark theme. */
interface Declaration {
  property: string;
  value: string;
  dark: boolean;
  /** Inside `@media (prefers-color-scheme: dark)`: the `auto` theme on a dark system. */
  systemDark: boolean;
}

function declarationsOf(styles: CSSResultOrNative[]): Declaration[] {
  const found: Declaration[] = [];
  const visit = (rules: CSSRuleList, systemDark: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        visit(rule.cssRules, systemDark || /prefers-color-scheme:\s*dark/.test(rule.conditionText));
      } else if (rule instanceof CSSStyleRule) {
        const dark = /theme=['"]?dark/.test(rule.selectorText);
        for (const part of rule.style.cssText.split(/;(?![^(]*\))/)) {
          const colon = part.indexOf(':');
          if (colon < 0) continue;
          found.push({ property: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim(), dark, systemDark });
        }
        if (rule.cssRules.length) visit(rule.cssRules, systemDark);
      } else if ('cssRules' in rule) {
        visit((rule as CSSGroupingRule).cssRules, systemDark);
      }
    }
  };
  for (const style of styles) {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (sheet) visit(sheet.cssRules, false);
  }
  return found;
}

export interface TokenDefault {
  /** The value the element uses when the token is unset, e.g. `#0b5cad`, `1rem`, `inherit`. */
  value: string;
  /** The public token it follows when it has no value of its own (`--trade-focus-color` → accent). */
  follows?: string;
}

/**
 * The default of `token` on `tag` in the light or dark theme: the fallback of its first `var()`
 * in a rule of that theme, with the element's private variables (`--_accent`) resolved as they
 * are when no token is set.
 */
export function tokenDefault(tag: Tag, token: string, theme: 'light' | 'dark'): TokenDefault | undefined {
  const element = customElements.get(tag) as unknown as { elementStyles?: CSSResultOrNative[] } | undefined;
  const declarations = declarationsOf(element?.elementStyles ?? []).filter((d) => !d.systemDark);
  const inTheme = (d: Declaration) => theme === 'dark' || !d.dark;
  // Later rules win, so the dark theme's :host([theme='dark']) overrides the light :host.
  const variables = new Map<string, string>();
  for (const d of declarations) {
    if (d.property.startsWith('--') && inTheme(d)) variables.set(d.property, d.value);
  }

  let follows: string | undefined;
  const resolve = (value: string, depth = 0): string => {
    if (depth > 8) return value;
    let result = '';
    let from = 0;
    for (const use of varUses(value)) {
      let replacement: string;
      if (use.name.startsWith('--trade-')) {
        if (use.name !== token) follows ??= use.name;
        replacement = resolve(use.fallback ?? '', depth + 1);
      } else if (variables.has(use.name)) {
        replacement = resolve(variables.get(use.name)!, depth + 1);
      } else {
        replacement = resolve(use.fallback ?? '', depth + 1);
      }
      result += value.slice(from, use.start) + replacement;
      from = use.end;
    }
    return result + value.slice(from);
  };

  const candidates = declarations.filter(
    (d) => inTheme(d) && varUses(d.value).some((use) => use.name === token && use.fallback !== undefined),
  );
  // The dark theme's own rule when there is one, else the rule both themes share.
  const chosen = (theme === 'dark' ? candidates.find((d) => d.dark) : undefined) ?? candidates[0];
  if (!chosen) return undefined;
  const use = varUses(chosen.value).find((u) => u.name === token)!;
  const value = resolve(use.fallback!);
  return follows ? { value, follows } : { value };
}
