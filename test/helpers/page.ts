/**
 * The open shadow root of `el`: the one way tests reach inside an element. Throws a clear error
 * when there is none (the element is not defined yet, or not one of ours).
 */
export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no open shadow root: is it defined?`);
  return root;
}

/**
 * The first element in `el`'s shadow root matching `selector`; `null` also while `el` is missing
 * or not yet defined (so it can be polled with `waitUntil`).
 */
export const $ = <T extends Element = HTMLElement>(el: Element | null | undefined, selector: string): T | null =>
  el?.shadowRoot?.querySelector<T>(selector) ?? null;

/** Every element in `el`'s shadow root matching `selector`; none while `el` is missing or not defined. */
export const $$ = <T extends Element = HTMLElement>(el: Element | null | undefined, selector: string): T[] => [
  ...(el?.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** The first element of `el`'s shadow root that carries the part `name`. */
export const part = <T extends Element = HTMLElement>(el: Element | null | undefined, name: string): T | null =>
  $<T>(el, `[part~="${name}"]`);

/** What has focus inside `el`'s shadow root. */
export const focused = (el: Element): Element | null => shadow(el).activeElement;

/** Text of an element with whitespace collapsed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text of a node as a reader meets it, crossing into open shadow roots. */
export function textOf(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    if (n instanceof HTMLStyleElement) return;
    const children = n instanceof Element && n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
    children.forEach(walk);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The next `name` event to reach `target`: the one event helper. The library's events bubble and
 * are composed, so `document` hears every element's. Call it before the action that fires it.
 */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]>;
export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>>;
export function nextEvent(target: EventTarget, name: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(name, resolve, { once: true }));
}

/**
 * Lets everything already under way run out (promise chains, zero-delay timers, a response body
 * being read), for asserting that something did not happen. It waits for no amount of time.
 */
export async function drain(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
}

/** Resolves once `win` has drawn its next frame (the task after that frame's animation callbacks). */
export const afterPaint = (win: Window = window): Promise<void> =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve)));
