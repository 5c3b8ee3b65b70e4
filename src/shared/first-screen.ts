/**
 * Whether `element` starts within the viewport as the page is laid out now: its images are then
 * wanted at once rather than lazily, and may be what the reader's browser reports as the page's
 * Largest Contentful Paint. One read of the layout, made once by each element when it first shows
 * posts (a feed measures for its cards), never on every render. An element that is not rendered
 * (`display: none`, or inside such a parent) is not in the first screen. Only the vertical position
 * counts: pages scroll down, and hidden carousel slides above the fold are rare.
 */
export function inFirstScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return top < innerHeight && bottom >= 0 && element.checkVisibility?.() !== false;
}
