interface Timer {
  callback: () => void;
  /** 0 for a timeout, which runs once. */
  every: number;
  due: number;
}

export interface FakeClock {
  /** Moves the clock on by `ms`, running each timer as often as it falls due, in time order. */
  tick(ms: number): void;
  /** Puts the real timer functions back; timers still pending never run. */
  restore(): void;
}

/**
 * Replaces `setInterval` and `clearInterval` — with `timeoutsFrom`, `setTimeout` and `clearTimeout`
 * for delays of at least that many ms, and with `date`, `Date.now` — with a clock the test moves by
 * hand, for tests where time is the subject (background refreshes, the pause after typing, the
 * pause before a draft is saved, a cached copy growing old). Shorter timeouts stay real: Lit,
 * zero-delay yields and the 50 ms polls of `waitUntil` need them. Install it before the element
 * starts its timer.
 */
export function fakeClock({ timeoutsFrom = Infinity, date = false } = {}): FakeClock {
  const real = {
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
  };
  const realNow = Date.now;
  const start = realNow();
  const realSetTimeout = real.setTimeout.bind(window);
  const realClearTimeout = real.clearTimeout.bind(window);
  const timers = new Map<number, Timer>();
  let now = 0;
  // Far above the browser's own ids, so a real timer's id never names a fake one.
  let nextId = 1e9;
  const add = (callback: () => void, delay: number, every: number): number => {
    const id = nextId++;
    timers.set(id, { callback, every, due: now + Math.max(1, delay) });
    return id;
  };
  window.setInterval = ((callback: () => void, every = 0) =>
    add(callback, every, Math.max(1, every))) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => void timers.delete(id!)) as typeof window.clearInterval;
  window.setTimeout = ((callback: () => void, delay = 0, ...args: unknown[]) =>
    delay >= timeoutsFrom
      ? add(() => callback(...(args as [])), delay, 0)
      : realSetTimeout(callback, delay, ...args)) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) =>
    id !== undefined && timers.has(id) ? void timers.delete(id) : realClearTimeout(id)) as typeof window.clearTimeout;
  if (date) Date.now = () => start + now;
  return {
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        const [id, next] = [...timers].sort(([, a], [, b]) => a.due - b.due)[0] ?? [];
        if (id === undefined || !next || next.due > end) break;
        now = next.due;
        if (next.every) next.due += next.every;
        else timers.delete(id);
        next.callback();
      }
      now = end;
    },
    restore() {
      Object.assign(window, real);
      Date.now = realNow;
    },
  };
}
