/** Fakes still installed: put back after each test of any file that imports this module. */
const installed: (() => void)[] = [];
afterEach(() => {
  for (const restore of installed.splice(0)) restore();
});

interface Watch {
  callback: IntersectionObserverCallback;
  observer: IntersectionObserver;
  targets: Set<Element>;
}

export interface FakeIntersection {
  /** Whether some observer watches `target`. */
  watched(target: Element): boolean;
  /** Tells every observer of `target` that it came near the viewport (or, with `false`, left it). */
  reveal(target: Element, isIntersecting?: boolean): void;
  /** Puts the real `IntersectionObserver` back. */
  restore(): void;
}

/**
 * Replaces `IntersectionObserver` with one the test drives, for tests where visibility is the
 * subject (lazy loading): nothing intersects until the test calls `reveal(target)`, so "not yet"
 * is checked at once instead of after a wait. Install it before the element starts observing;
 * it is put back after each test if the test did not.
 */
export function fakeIntersection(): FakeIntersection {
  const real = window.IntersectionObserver;
  const watches = new Set<Watch>();
  class FakeIntersectionObserver implements IntersectionObserver {
    readonly root = null;
    readonly rootMargin: string;
    readonly thresholds = [0];
    private readonly _watch: Watch;
    constructor(callback: IntersectionObserverCallback, options: IntersectionObserverInit = {}) {
      this.rootMargin = options.rootMargin ?? '0px';
      this._watch = { callback, observer: this, targets: new Set() };
      watches.add(this._watch);
    }
    observe(target: Element): void {
      this._watch.targets.add(target);
    }
    unobserve(target: Element): void {
      this._watch.targets.delete(target);
    }
    disconnect(): void {
      this._watch.targets.clear();
    }
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  }
  window.IntersectionObserver = FakeIntersectionObserver;
  const restore = (): void => void (window.IntersectionObserver = real);
  installed.push(restore);
  return {
    watched: (target) => [...watches].some((watch) => watch.targets.has(target)),
    reveal(target, isIntersecting = true) {
      for (const { callback, observer, targets } of [...watches]) {
        if (!targets.has(target)) continue;
        const rect = target.getBoundingClientRect();
        const entry = {
          target,
          isIntersecting,
          intersectionRatio: isIntersecting ? 1 : 0,
          boundingClientRect: rect,
          intersectionRect: rect,
          rootBounds: null,
          time: performance.now(),
        } as IntersectionObserverEntry;
        callback([entry], observer);
      }
    },
    restore,
  };
}
