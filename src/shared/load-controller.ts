import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load is: nothing asked yet, under way, answered, or failed. */
export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What a load's task is given besides its arguments. */
export interface LoadContext<V> {
  /** Aborts when the arguments change, a newer run starts, or the host leaves the page. */
  signal: AbortSignal;
  /** A retry or refresh: the task should bypass any fresh cache. */
  force: boolean;
  /** Hands over a newer value later (a background revalidation); ignored once this run is replaced. */
  revalidated: (value: V) => void;
}

export interface LoadOptions<A extends readonly unknown[], V> {
  /** The load's arguments, read before each update; `undefined` means there is nothing to load. */
  args: () => A | undefined;
  task: (args: A, context: LoadContext<V>) => Promise<V>;
  /**
   * Called with each value that lands: the answer, then any revalidation. An exception thrown here
   * is a bug of the caller's: it goes to the console, and the load stays complete.
   */
  onValue?: (value: V, args: A) => void;
  /** Called with the error of a run that failed (never for an aborted one); an exception here goes to the console too. */
  onError?: (error: unknown) => void;
  /** When it returns true, nothing loads until the host comes within 200px of the viewport. */
  lazy?: () => boolean;
  /**
   * Seconds between background refreshes (`run(true)`), 0 for none. A refresh that falls due
   * while the page is hidden waits until it shows again; a run under way skips it.
   */
  refreshEvery?: () => number;
  /** Whether a refresh may run now (say, only once something has loaded). */
  canRefresh?: () => boolean;
  /** Runs only when `run` is called (a "Load more" press), never because the arguments changed. */
  manual?: boolean;
}

/**
 * Loads a value for an element from its arguments, the way `@lit/task` does — runs when the
 * arguments change (compared by value), aborts the run they replace so only the latest lands, and
 * tracks `status`, `value` and `error`, which only the controller writes; a run it replaced never
 * lands, whether it rejects or resolves late; and a callback's own exception is reported as the
 * bug it is, never taken for the load's error — plus what embedded widgets need on top: revalidated values
 * arriving after the first answer, loading only near the viewport, a refresh timer that pauses
 * while the page is hidden, and resuming a run that the host's removal cut short.
 */
export class LoadController<A extends readonly unknown[], V> implements ReactiveController {
  private _status: LoadStatus = 'initial';
  private _value?: V;
  private _error?: unknown;

  private _key?: string;
  private _run?: AbortController;
  /**
   * The host came within 200px of the viewport. Browsers without IntersectionObserver count as near:
   * they load at once rather than never.
   */
  private _near = typeof IntersectionObserver === 'undefined';
  /** Watches for that while a lazy load waits. */
  private _observer?: IntersectionObserver;
  private _timer?: ReturnType<typeof setInterval>;
  private _every = 0;
  /** A refresh came due while the page was hidden. */
  private _missed = false;
  /**
   * A run, or the wait for a lazy one to come near, was cut short by the host's removal: resumed
   * when the host is back.
   */
  private _resume = false;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: LoadOptions<A, V>,
  ) {
    _host.addController(this);
  }

  /** Where the load is. */
  get status(): LoadStatus {
    return this._status;
  }

  /** The value of the latest run that landed, for the current arguments. */
  get value(): V | undefined {
    return this._value;
  }

  /** Why the latest run failed, while it stands. */
  get error(): unknown {
    return this._error;
  }

  /** True while a run is under way. */
  get pending(): boolean {
    return this.status === 'pending';
  }

  hostConnected(): void {
    if (this._options.refreshEvery) {
      document.addEventListener('visibilitychange', this._onVisibility);
      this._schedule();
    }
    // Resumes a run that removal cut short (see hostDisconnected).
    if (this._resume) {
      this._resume = false;
      this._host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this._options.refreshEvery) {
      document.removeEventListener('visibilitychange', this._onVisibility);
      clearInterval(this._timer);
      this._every = 0;
    }
    if (this.pending) {
      this.abort();
      this._key = undefined;
      this._resume = true;
    }
    // A lazy run still waiting to come near: watched again once the host is back (see hostConnected).
    if (this._observer) {
      this._observer.disconnect();
      this._observer = undefined;
      this._resume = true;
    }
  }

  hostUpdate(): void {
    if (this._options.manual) return;
    const args = this._options.args();
    const waiting = args !== undefined && !this._near && this._options.lazy?.();
    if (waiting) this._watch();
    const key = args === undefined || waiting ? '' : JSON.stringify(args);
    if (key === this._key) return;
    this._key = key;
    // A value of other arguments must not stand in for theirs.
    this._value = this._error = undefined;
    if (args === undefined || waiting) {
      this._run?.abort();
      this._status = 'initial';
      return;
    }
    void this._start(args, false);
  }

  hostUpdated(): void {
    const { refreshEvery } = this._options;
    if (refreshEvery && refreshEvery() !== this._every) this._schedule();
  }

  /**
   * Runs the task again with the current arguments (`force`: bypassing fresh caches), replacing any
   * run under way. Resolves once its answer or error has landed (not waiting for a render). Nothing
   * runs while there are no arguments, or while a lazy load waits for the viewport.
   */
  run(force = true): Promise<void> {
    const args = this._options.args();
    if (args === undefined || this._key === '') return Promise.resolve();
    return this._start(args, force);
  }

  /** Drops the run under way, if any: its answer will not land. */
  abort(): void {
    this._run?.abort();
    if (this.pending) this._status = 'initial';
  }

  private async _start(args: A, force: boolean): Promise<void> {
    this._run?.abort();
    const run = (this._run = new AbortController());
    const { signal } = run;
    this._status = 'pending';
    this._error = undefined;
    const land = (value: V): void => {
      this._value = value;
      report(() => this._options.onValue?.(value, args));
      this._host.requestUpdate();
    };
    let value: V;
    try {
      value = await this._options.task(args, {
        signal,
        force,
        revalidated: (fresh) => {
          if (!signal.aborted && this._host.isConnected) land(fresh);
        },
      });
    } catch (error) {
      if (signal.aborted) return;
      this._status = 'error';
      this._error = error;
      report(() => this._options.onError?.(error));
      this._host.requestUpdate();
      return;
    }
    // Replaced by a newer run (new arguments, a retry, the host's removal) while it was under way.
    if (signal.aborted) return;
    this._status = 'complete';
    land(value);
  }

  /** Waits for the host to near the viewport, then updates it so the load can start. */
  private _watch(): void {
    if (this._observer || !this._host.isConnected) return;
    const observer = (this._observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        this._observer = undefined;
        this._near = true;
        this._host.requestUpdate();
      },
      { rootMargin: '200px' },
    ));
    observer.observe(this._host);
  }

  private _schedule(): void {
    clearInterval(this._timer);
    this._missed = false;
    const seconds = this._options.refreshEvery?.() ?? 0;
    this._every = this._host.isConnected && seconds > 0 && seconds < Infinity ? seconds : 0;
    if (this._every) this._timer = setInterval(this._onVisibility, Math.max(this._every, 1) * 1000);
  }

  /** Each refresh interval (no event) and each visibility change. */
  private readonly _onVisibility = (event?: Event): void => {
    if (document.hidden) {
      this._missed ||= !event;
    } else if (!event || this._missed) {
      this._missed = false;
      if (!this.pending && this._options.canRefresh?.() !== false) void this.run();
    }
  };
}

/**
 * Runs a caller's callback; its exception is a bug in that code, so it goes to the console with its
 * stack rather than into the load's state (where it would show as a feed error) or the host page.
 */
function report(callback: () => void): void {
  try {
    callback();
  } catch (bug) {
    console.error(bug);
  }
}
