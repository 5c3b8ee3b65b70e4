import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * The designer's toolbar switches. Each is a Storybook global, so it applies to every story at once
 * and can be sent as a link: `?path=/story/…&globals=theme:dark;lang:es;dir:rtl;width:320`.
 */

export const THEMES = ['light', 'dark', 'auto'] as const;
export const LANGS = ['en', 'es', 'fr'] as const;
export const DIRS = ['ltr', 'rtl'] as const;
/** Container widths in CSS pixels, plus `full` (as wide as the canvas). */
export const WIDTHS = [320, 640, 1000, 'full'] as const;

export type Theme = (typeof THEMES)[number];
export type Width = (typeof WIDTHS)[number];

export interface DesignGlobals {
  theme: Theme;
  lang: (typeof LANGS)[number];
  dir: (typeof DIRS)[number];
  width: Width;
}

export const initialDesignGlobals: DesignGlobals = { theme: 'auto', lang: 'en', dir: 'ltr', width: 'full' };

function pick<T extends string | number>(allowed: readonly T[], value: unknown, fallback: T): T {
  // The URL gives numbers as numbers (`width:320`) and everything else as text (`width:320px` too).
  const normalized = typeof value === 'string' && /^\d+(px)?$/.test(value) ? Number.parseInt(value, 10) : value;
  return allowed.includes(normalized as T) ? (normalized as T) : fallback;
}

/** The switches' values, each checked against its list (an unknown value from a URL means the default). */
export function designGlobals(globals: Record<string, unknown>): DesignGlobals {
  return {
    theme: pick(THEMES, globals.theme, initialDesignGlobals.theme),
    lang: pick(LANGS, globals.lang, initialDesignGlobals.lang),
    dir: pick(DIRS, globals.dir, initialDesignGlobals.dir),
    width: pick(WIDTHS, globals.width, initialDesignGlobals.width),
  };
}

/** `320` → `'320px'`; `full` → undefined (no limit). */
export function widthValue(width: Width): string | undefined {
  return width === 'full' ? undefined : `${width}px`;
}

const toolbar = (title: string, icon: string, items: { value: string | number; title: string }[]) => ({
  description: title,
  toolbar: { title, icon, items, dynamicTitle: true },
});

export const designGlobalTypes = {
  theme: toolbar('Theme', 'contrast', [
    { value: 'light', title: 'Light theme' },
    { value: 'dark', title: 'Dark theme' },
    { value: 'auto', title: 'Auto theme (system setting)' },
  ]),
  lang: toolbar('Language', 'globe', [
    { value: 'en', title: 'English' },
    { value: 'es', title: 'Español' },
    { value: 'fr', title: 'Français' },
  ]),
  dir: toolbar('Direction', 'transfer', [
    { value: 'ltr', title: 'Left to right' },
    { value: 'rtl', title: 'Right to left' },
  ]),
  width: toolbar(
    'Container width',
    'grow',
    WIDTHS.map((width) => ({ value: width, title: width === 'full' ? 'Full width' : `${width} px container` })),
  ),
};

/** Story parameters read by the decorator. */
export interface FrameParameters {
  /** `false`: the story lays out its own widths (the Theming page gives each element the width). */
  width?: boolean;
}

/**
 * Applies the switches to every story: `theme` becomes the element's `theme` argument (the story's
 * render writes it as the attribute), and the story is wrapped in a frame carrying `lang` and `dir`
 * (inherited by every element inside) and the container width. A story that shows one state on
 * purpose (the Dark or Spanish stories) sets the global itself, and the toolbar shows it locked.
 */
export const withDesignGlobals: Decorator = (story, context) => {
  const { theme, lang, dir, width } = designGlobals(context.globals);
  const frame = (context.parameters.frame ?? {}) as FrameParameters;
  const inlineSize = frame.width === false ? undefined : widthValue(width);
  if (context.viewMode === 'story') {
    // The whole canvas takes the theme's page colour, not only the frame.
    document.documentElement.dataset.storyTheme = theme;
  }
  return html`<div
    class="story-frame"
    data-theme=${theme}
    lang=${lang}
    dir=${dir}
    style=${inlineSize ? `inline-size: ${inlineSize}` : ''}
  >
    ${story({ args: { ...context.args, theme } })}
  </div>`;
};

/** The page behind dark (and, on a dark system, auto) stories, added once to the preview document. */
export const frameStyles = `
  .story-frame[data-theme='dark'],
  html[data-story-theme='dark'] body {
    background: #111418;
    color: #e8ebef;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .story-frame[data-theme='auto'],
    html[data-story-theme='auto'] body {
      background: #111418;
      color: #e8ebef;
      color-scheme: dark;
    }
  }
  .story-frame {
    max-inline-size: 100%;
  }
`;
