// Entry of dist/trade-widgets.min.js, the one classic script partners paste. It holds no element
// code: it watches the page for our tags and imports each element's code, once, from the ES
// modules the build writes beside it (which share Lit, the theme and the data layer as chunks of
// their own). See vite.config.ts for the build and README "On a partner site" for the contract.
import type { MessageOverrides } from './shared/i18n/index.js';
import { requestEarly } from './shared/early-requests.js';
import { reserveBoxes } from './shared/reserve.js';
import { warmDateFormatting } from './shared/warm-dates.js';
import { isLoaderUrl, siblingBase } from './shared/sibling-base.js';
import { version } from './version.js';

/**
 * Written by the build from the chunk build's manifest: for each tag, and for the shared chunk
 * that exports `registerLanguage`, the files to import — the entry first, then every chunk it
 * imports statically, so all of them are requested at once instead of one level of imports after
 * another.
 */
declare const __TRADE_WIDGETS_CHUNKS__: {
  elements: Record<string, string[]>;
  shared: string[];
};

/** What `window.TradeWidgets` holds, in this file and in the all-in-one file. */
export interface TradeWidgetsGlobal {
  /** The package version, from package.json. */
  readonly version: string;
  /** Adds or changes a language's strings on the whole page (see README "Languages"). */
  registerLanguage(lang: string, messages: MessageOverrides): void;
}

declare global {
  interface Window {
    TradeWidgets?: TradeWidgetsGlobal;
  }
}

type I18n = typeof import('./shared/i18n/index.js');

/**
 * Our own script tag. `currentScript` is set while a classic script first runs (`defer`, `async`
 * and plain alike), but it is null when the tag sits in a shadow root or when the code is run by
 * something else (a tag manager that evaluates it); then the tag is found by its `data-base-path`
 * or its file name.
 */
function ownScript(): HTMLScriptElement | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return (
    document.querySelector<HTMLScriptElement>('script[src][data-base-path]') ??
    [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => isLoaderUrl(script.src))
  );
}

function start(): TradeWidgetsGlobal {
  // Before any element code: each of our tags takes the box it will have (reserve.ts).
  reserveBoxes();
  const chunks = __TRADE_WIDGETS_CHUNKS__;
  const script = ownScript();
  const base = siblingBase(
    { src: script?.src ?? '', basePath: script?.dataset['basePath'], documentBase: document.baseURI },
    version,
  );
  const tags = Object.keys(chunks.elements);
  const selector = tags.join(',');
  const requested = new Set<string>();

  const load = (files: string[]): Promise<unknown[]> =>
    Promise.all(files.map((file) => import(/* @vite-ignore */ base + file)));

  // Languages registered before any element code has loaded wait here; the first element to load
  // brings the shared chunk (which exports `registerLanguage`) and they are handed over in order.
  const waiting: [string, MessageOverrides][] = [];
  let i18n: Promise<I18n> | undefined;
  const handOver = (): void => {
    i18n ??= load(chunks.shared).then(
      ([module]) => module as I18n,
      (error: unknown) => {
        i18n = undefined;
        throw error;
      },
    );
    i18n.then(
      (module) => {
        for (const [lang, messages] of waiting.splice(0)) module.registerLanguage(lang, messages);
      },
      () => undefined, // kept waiting: the next element that loads tries again
    );
  };

  const define = (element: Element): void => {
    const tag = element.localName;
    if (customElements.get(tag)) return;
    // A feed's request goes out now, beside the element's code (see shared/early-requests.ts).
    requestEarly(element);
    if (requested.has(tag)) return;
    // Posts show dates: their formatting data loads while the code does (shared/warm-dates.ts).
    if (tag !== 'broker-contact-form' && !requested.size) warmDateFormatting();
    requested.add(tag);
    if (waiting.length) handOver();
    load(chunks.elements[tag]!).catch((error: unknown) => {
      // The fallback content stays; a later element with this tag tries again.
      requested.delete(tag);
      console.warn(`trade-widgets: could not load <${tag}> from ${base}`, error);
    });
  };

  const discover = (root: Element | Document): void => {
    if (tags.includes((root as Element).localName)) define(root as Element);
    for (const element of root.querySelectorAll(selector)) define(element);
  };

  // Elements already parsed, then every element added later: by the parser (a script in <head>
  // runs before the body exists), `createElement` + `append`, `innerHTML` or a framework.
  discover(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
    }
    if (tags.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  return Object.freeze({
    version,
    registerLanguage(lang: string, messages: MessageOverrides): void {
      waiting.push([lang, messages]);
      if (requested.size) handOver();
    },
  });
}

// The only global. A second copy on the page (the tag pasted twice) finds it and does nothing.
window.TradeWidgets ??= start();
