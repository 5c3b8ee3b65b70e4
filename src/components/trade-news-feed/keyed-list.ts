/**
 * The feed's list of posts, kept by hand rather than with Lit's `repeat` directive: `repeat`
 * handles any reordering but adds about 0.9 KiB (gzip) to every page with a feed, while the
 * feed's lists only grow, shrink and gain posts on top, which this does in about 0.25 KiB.
 */

import { html, render, type TemplateResult } from 'lit';

/** An element with `name` as both its part and its class, as the templates mark them. */
function partElement(tag: 'ul' | 'li', name: string): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('part', name);
  element.className = name;
  return element;
}

/**
 * Makes `items` the children of `list`, in order. Children that stay are not moved when others
 * are added or removed around them, so a card keeps its state, and a reader's focus, as the posts
 * around it change.
 */
function syncChildren(list: Element, items: Element[]): void {
  for (const child of [...list.children]) if (!items.includes(child)) child.remove();
  items.forEach((item, index) => {
    if (list.children[index] !== item) list.insertBefore(item, list.children[index] ?? null);
  });
}

/**
 * Moves keyboard focus to a post the reader continues from: its title link, else its card, else the
 * item. It waits for the paint that shows the new posts: focusing before it would lay the page out
 * within the click's task and hold that paint back.
 */
export async function focusItem(item: HTMLElement | undefined): Promise<void> {
  const card = item?.querySelector('trade-post');
  await card?.updateComplete;
  // After the next paint (in a tab in the background, once it is shown).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const root = card?.shadowRoot;
  const target =
    root?.querySelector<HTMLElement>('[part~="title-link"]') ?? root?.querySelector<HTMLElement>('[part~="article"]');
  target?.focus();
  if (item && (!target || root!.activeElement !== target)) {
    item.tabIndex = -1;
    item.focus();
  }
}

/**
 * A `<ul part="list" id="list">` whose `<li part="item">` stays the same element for as long as the same
 * key is shown, so a card keeps its state and a reader's focus as the posts around it change.
 */
export class KeyedList {
  private _element?: HTMLElement;
  private _items = new Map<string, HTMLElement>();

  /** The `<ul>`, made on first use so that constructing an element never needs a DOM (server rendering). */
  get element(): HTMLElement {
    if (!this._element) {
      this._element = partElement('ul', 'list');
      this._element.id = 'list';
      // Not redundant: Safari drops list semantics from a list styled without markers.
      this._element.setAttribute('role', 'list');
    }
    return this._element;
  }

  /** Shows one item per entry, in order, each rendering `template(entry)`. */
  update<T>(entries: readonly T[], key: (entry: T) => string, template: (entry: T) => TemplateResult): HTMLElement {
    const items = new Map<string, HTMLElement>();
    for (const entry of entries) {
      const id = key(entry);
      const item = this._items.get(id) ?? partElement('li', 'item');
      render(template(entry), item);
      items.set(id, item);
    }
    this._items = items;
    syncChildren(this.element, [...items.values()]);
    return this.element;
  }
}

/**
 * The same list as a template: for a server renderer, which has no DOM to build the list in, and
 * for the first render in the browser, which hydrates the server's markup before a `KeyedList`
 * takes the list over.
 */
export function listTemplate<T>(entries: readonly T[], template: (entry: T) => TemplateResult): TemplateResult {
  const items = entries.map((entry) => html`<li part="item" class="item">${template(entry)}</li>`);
  // eslint-disable-next-line lit-a11y/no-redundant-role -- as above: Safari needs it on a list without markers.
  return html`<ul part="list" class="list" id="list" role="list">
    ${items}
  </ul>`;
}
