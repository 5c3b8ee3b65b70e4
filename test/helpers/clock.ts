interface Interval {
  callback: () => void;
  every: number;
  due: number;
}

/**
 * Replaces `setInterval` and `clearInterval` with a clock the test moves by hand, for tests about
 * periodic work (background refreshes). Timeouts stay real: the test runner and `waitUntil` need
 * them. Install it before the element starts its timer; `restore()` puts the real functions back.
 */
export function fakeIntervals(): { tick: (ms: number) => void; restore: () => void } {
  const realSet = window.setInterval;
  const realClear = window.clearInterval;
  const intervals = new Map<number, Interval>();
  let now = 0;
  let nextId = 1;
  window.setInterval = ((callback: () => void, every = 0) => {
    const id = nextId++;
    intervals.set(id, { callback, every: Math.max(1, every), due: now + Math.max(1, every) });
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => void intervals.delete(id!)) as typeof window.clearInterval;
  return {
    /** Moves the clock on by `ms`, running each interval as often as it falls due, in time order. */
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = [...intervals.values()].sort((a, b) => a.due - b.due)[0];
        if (!next || next.due > end) break;
        now = next.due;
        next.due += next.every;
        next.callback();
      }
      now = end;
    },
    restore() {
      window.setInterval = realSet;
      window.clearInterval = realClear;
    },
  };
}
