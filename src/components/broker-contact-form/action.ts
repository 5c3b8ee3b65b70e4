import { pageUrl } from '../../shared/url.js';

/** True when `action` is set but is not http(s) or relative: the form must not send to it. */
export const refusedAction = (action: string | null | undefined): boolean =>
  Boolean(action?.trim()) && !pageUrl(action);

const warned = new Set<string>();

/** Tells the developer, once per value, that `action` cannot be sent to. */
export function warnAboutAction(action: string | null | undefined): void {
  const trimmed = action?.trim() ?? '';
  if (warned.has(trimmed)) return;
  warned.add(trimmed);
  console.warn(`<broker-contact-form>: ${trimmed ? `refused action "${trimmed}"` : 'no action'}; nothing was sent.`);
}
