// Types for bench/sizes.js, so TypeScript tests can use it.

export const root: string;
export const KiB: number;

export interface NpmEntry {
  id: string;
  specifier: string;
  label: string;
  /** A package file that is no export (`feed/index`), measured instead of the specifier. */
  module?: string;
  /** Only these of its exports (what the elements import), rather than all of them. */
  names?: string[];
}
export const npmEntries: NpmEntry[];
export function entryName(entry: NpmEntry): string;
export const libraries: Record<'Lit' | 'DOMPurify', RegExp>;

export interface Bytes {
  min: number;
  gzip: number;
  brotli: number;
}

export interface ScriptTagSizes {
  /** The loader, trade-widgets.min.js. */
  bundle: Bytes & { file: string };
  /** trade-widgets.all.min.js, when built. */
  all?: Bytes & { file: string };
  /** The ES modules the loader imports from its own folder (elements, shared code, on-demand code). */
  siblings: (Bytes & { file: string })[];
}

/** What one measured page downloaded of ours (bench/page-sizes.js). */
export interface PageSizes extends Bytes {
  files: (Bytes & { file: string })[];
  id?: string;
  label?: string;
}

export interface EntrySizes {
  specifier: string;
  source: 'dist' | 'src';
  breakdown: Record<string, number>;
  initial: Bytes;
  all: Bytes;
  lazyChunks: number;
  /** Per library: `false`, or the chain of modules through which the bundle reaches it. */
  contains: Record<'Lit' | 'DOMPurify', false | string[]>;
  entryFile: string;
  outputs: string[];
}

export interface Sizes {
  scriptTag: ScriptTagSizes;
  pages: Record<string, PageSizes>;
  entries: Record<string, Partial<NpmEntry> & EntrySizes>;
}

export interface Budget {
  id: string;
  label: string;
  /** What CI enforces; undefined for a size that is only reported. */
  limit: number | undefined;
  /** Where the size should get to, when the enforced `limit` is still above it. */
  target?: number;
  measure: (sizes: Sizes) => number;
  mustNotContain?: 'Lit' | 'DOMPurify';
}

export interface BudgetResult extends Budget {
  gzip: number;
  ok: boolean;
  problems: string[];
}

export function gzip(bytes: Uint8Array): number;
export function brotli(bytes: Uint8Array): number;
export function scriptTagSizes(dist?: string): ScriptTagSizes;
export function pickSource(from?: 'auto' | 'dist' | 'src'): 'dist' | 'src';
export function bundleEntry(
  specifier: string,
  options?: {
    from?: 'auto' | 'dist' | 'src';
    platform?: 'browser' | 'node' | 'neutral';
    splitting?: boolean;
    minify?: boolean;
    /** A package file that is no export (`feed/index`), bundled instead of `specifier`. */
    module?: string;
    /** Only these of its exports, rather than all of them. */
    names?: string[];
    outdir?: string;
  },
): Promise<EntrySizes>;
export function formatKiB(bytes: number): string;
export const budgets: Budget[];
export function evaluateBudgets(sizes: Sizes, list?: Budget[]): BudgetResult[];
export function measureSizes(options?: {
  from?: 'auto' | 'dist' | 'src';
  entries?: NpmEntry[];
  dist?: string;
}): Promise<Sizes>;
