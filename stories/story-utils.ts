import { html } from 'lit';
import { waitFor } from 'storybook/test';

/** The `--trade-*` CSS custom properties set through the Controls panel, as a `style` value. */
export function tokenStyle(args: object): string | undefined {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `${name}: ${value as string}`);
  return declarations.length ? declarations.join('; ') : undefined;
}

/**
 * `waitFor` with room for a busy CI machine: the check is retried until it passes or `timeout`
 * milliseconds have gone by (Storybook's default of 1 s is too tight on two shared cores).
 */
export function settled<T>(check: () => T | Promise<T>, timeout = 5000): Promise<T> {
  return waitFor(check, { timeout });
}

/** The story's element once it has rendered, and its shadow root, for play functions. */
export async function rendered<T extends HTMLElement>(
  canvasElement: HTMLElement,
  tag: string,
): Promise<{ element: T; root: ShadowRoot }> {
  const element = await settled(() => {
    const found = canvasElement.querySelector<T>(tag);
    if (!found?.shadowRoot) throw new Error(`<${tag}> has not rendered yet`);
    return found;
  });
  await (element as T & { updateComplete?: Promise<unknown> }).updateComplete;
  return { element, root: element.shadowRoot! };
}

/**
 * A dark page behind a dark-theme story. The canvas background (set through the backgrounds
 * global) fades in, and axe must not measure contrast against the light page mid-fade.
 */
export const darkPage = (story: () => unknown) =>
  html`<div class="story-dark-page">${story()}</div>
    <style>
      .story-dark-page {
        background: #111418;
        color-scheme: dark;
        padding: 1rem;
      }
    </style>`;
