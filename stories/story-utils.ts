import { waitFor } from 'storybook/test';
import { resolveLang, translate } from '../src/shared/i18n/index.js';

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
 * A UI string as `element` shows it in its language, so a play function passes whichever language
 * the toolbar has selected: `uiText(element, 'post.views', { count: 18 })` is "18 views" or "18 vistas".
 */
export function uiText(element: Element, key: string, vars: Record<string, string | number> = {}): string {
  return translate(resolveLang(element), key, vars);
}
