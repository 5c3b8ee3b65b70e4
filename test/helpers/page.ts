/** The first element in `el`'s shadow root matching `selector`. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every element in `el`'s shadow root matching `selector`. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The first element of `el`'s shadow root that carries the part `name`. */
export const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  $<T>(el, `[part~="${name}"]`);

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

/** The first `name` event to reach the document (the library's events bubble and are composed). */
export function nextEvent<T = unknown>(name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    document.addEventListener(name, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}
