import type { IdempotencyState } from './submission.js';

/** What is kept while the person types: text fields and topic (never the honeypot or consent). */
export interface DraftContents {
  values: Record<string, string>;
  /** The key of a message that already failed once, so a retry after a reload is still a retry. */
  idempotency?: IdempotencyState | undefined;
}

/**
 * Storage that is missing, full or blocked only means the draft is not kept: sandboxed iframes and
 * some privacy modes throw on mere access to `sessionStorage`, and any write may throw.
 */
function withStorage<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(sessionStorage);
  } catch {
    return undefined;
  }
}

/**
 * A draft in `sessionStorage`, written at most every 300 ms while typing, and at once when the page
 * is hidden or left: its owner registers it as the listener for `pagehide` and `visibilitychange`
 * (see `handleEvent`).
 */
export class DraftStore {
  private pending: DraftContents | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `key` names the draft: two forms on one page differ in `id` or `action`; another page starts empty. */
  constructor(private readonly key: () => string) {}

  /** The stored draft as written, unchecked: storage is shared with the rest of the page. */
  load(): { values?: Record<string, unknown>; idempotency?: Partial<IdempotencyState> } | undefined {
    return withStorage((storage) => JSON.parse(storage.getItem(this.key()) ?? 'null'));
  }

  save(draft: DraftContents): void {
    this.pending = draft;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), 300);
  }

  /** Writes a pending draft now: before the page unloads, or the element leaves the page. */
  flush(): void {
    const draft = this.pending;
    clearTimeout(this.timer);
    this.pending = undefined;
    if (!draft) return;
    // Every field emptied: nothing is left to keep, not even the key of a message that is gone.
    const empty = !Object.values(draft.values).some((value) => value.trim());
    withStorage((storage) =>
      empty ? storage.removeItem(this.key()) : storage.setItem(this.key(), JSON.stringify(draft)),
    );
  }

  /** Forgets the draft, including a write still waiting for its debounce. */
  clear(): void {
    this.pending = undefined;
    this.flush();
    withStorage((storage) => storage.removeItem(this.key()));
  }

  handleEvent(event: Event): void {
    if (event.type === 'pagehide' || document.hidden) this.flush();
  }
}
