// Types for bench/vitals.js, so TypeScript tests can use it.
import type { Browser, Viewport } from 'puppeteer-core';

export const demoPages: string[];
export const viewports: Record<1200 | 390, Viewport>;
export const delays: { script: number; feed: number };
export const clsTarget: number;

export interface PageVitals {
  page: string;
  width: number;
  /** Cumulative Layout Shift, as web-vitals reports it (its largest session window). */
  cls: number;
  /** The layout shifts of that window: value, start time (ms) and the node names that moved. */
  shifts: { value: number; at: number; sources: string[] }[];
  /** A selector for the element that moved most. */
  shiftTarget?: string;
  /** Largest Contentful Paint, ms. */
  lcp?: number;
  lcpTarget?: string;
  /** Interaction to Next Paint, ms, after `input`. */
  inp?: number;
  inpTarget?: string;
  /** The input given: "Load more", "search", "form" or "click". */
  input?: string[];
}

export function startDemoServer(): Promise<{ origin: string; close: () => Promise<void> }>;
export function measurePage(
  browser: Browser,
  origin: string,
  page: string,
  viewport: Viewport,
  options?: { inp?: boolean },
): Promise<PageVitals>;
