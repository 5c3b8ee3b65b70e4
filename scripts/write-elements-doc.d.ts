/** The events' detail types, read from the sources: `TradeFeedLoadEvent` → `TradeFeedLoadDetail`. */
export function eventDetails(src?: URL): Map<string, string>;
/** docs/elements.md for a parsed custom-elements.json. */
export function elementsDoc(manifest: unknown, details?: Map<string, string>): string;
/** docs/theming.md's tables: every CSS custom property and every part, from the manifest. */
export function tokensTables(manifest: unknown): string;
/** `page` with its tokens block rewritten from `manifest`. */
export function withTokens(page: string, manifest: unknown): string;
