/**
 * Has the browser load its date-formatting data while an element's code is still on its way. The
 * first `Intl.DateTimeFormat` a page makes costs 15–30 ms in Chromium (later ones, in any language,
 * under 1 ms), and without this it falls between the code's arrival and the first posts on screen.
 * It waits for an idle moment, so it never holds up the page's own parsing or first paint.
 */
export function warmDateFormatting(): void {
  const warm = (): void => {
    try {
      new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'long' }).format(0);
    } catch {
      // An invalid lang: the element reports nothing of it either, and formats in the default language.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm);
  else setTimeout(warm);
}
