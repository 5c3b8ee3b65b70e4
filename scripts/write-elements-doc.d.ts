/** The events' detail types, read from the sources: `TradeFeedLoadEvent` → `TradeFeedLoadDetail`. */
export function eventDetails(src?: URL): Map<string, string>;
/** docs/elements.md for a parsed custom-elements.json. */
export function elementsDoc(manifest: unknown, details?: Map<string, string>): string;
