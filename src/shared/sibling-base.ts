/** Where the script tag was found, as {@link siblingBase} needs it. */
export interface ScriptPlace {
  /** The script's `src` as the page wrote it, resolved (`HTMLScriptElement.src`); empty when unknown. */
  src: string;
  /** The script tag's `data-base-path`, when given. */
  basePath?: string | undefined;
  /** The page's base URL, against which a relative `data-base-path` is read. */
  documentBase: string;
}

/**
 * The folder (ending in `/`) holding the files that `trade-widgets.min.js` loads beside itself.
 *
 * 1. `data-base-path` on the script tag, when given (and a URL: one that is not is said in the
 *    console and set aside).
 * 2. A URL ending in `.js` (query and fragment aside): its folder, e.g.
 *    `…/trade-widgets@1.2.3/dist/trade-widgets.min.js` → `…/trade-widgets@1.2.3/dist/`.
 * 3. Anything else is a package root as CDNs serve it: a bare `…/npm/trade-widgets@1.2.3` (which
 *    serves the file itself) or a redirecting `…/trade-widgets` (a 302 to a versioned file, while
 *    `currentScript.src` keeps the short URL). The files are under `<root>@<version>/dist/`, with
 *    the version of this very script: a range or tag in the URL (`@1`, `@latest`) is replaced, so a
 *    release published between the two requests never mixes two versions on one page.
 */
export function siblingBase({ src, basePath, documentBase }: ScriptPlace, version: string): string {
  if (basePath) {
    try {
      return withSlash(new URL(basePath, documentBase));
    } catch {
      console.warn(
        `trade-widgets: data-base-path "${basePath}" is not a URL; the files are looked for beside the script.`,
      );
    }
  }
  if (!src) return new URL('./', documentBase).href;
  const url = new URL(src, documentBase);
  url.search = '';
  url.hash = '';
  if (/\.m?js$/i.test(url.pathname)) return new URL('./', url).href;
  const path = url.pathname.replace(/\/+$/, '');
  const cut = path.lastIndexOf('/') + 1;
  const name = path.slice(cut).replace(/(.)@[^/]*$/, '$1');
  url.pathname = `${path.slice(0, cut)}${name}@${version}/dist/`;
  return url.href;
}

function withSlash(url: URL): string {
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * True for a script `src` that is ours under one of the names partners paste: the loader file
 * (`…/trade-widgets.min.js`) or a package root (`…/trade-widgets`, `…/trade-widgets@1.2.3`). Used
 * when `document.currentScript` cannot tell (a tag manager ran the code); a renamed file is found
 * by its `data-base-path`.
 */
export const isLoaderUrl = (src: string): boolean => /\/trade-widgets(?:\.min\.js|@[^/?#]*)?\/?(?:[?#]|$)/.test(src);
