import type { IdempotencyState } from './submission.js';

/** What is kept while the person types: text fields and topic (never the honeypot or consent). */
export interface Draft {
  values: Record<string, string>;
  /** The key of a message that already failed once, so a retry after a reload is still a retry. */
  idempotency?: IdempotencyState;
}

const prefix = 'trade-widgets:contact-draft:';

/**
 * Two forms on one page keep separate drafts when they differ in `id` or `action`; the same form
 * on another page starts empty.
 */
export function draftKey(path: string, id: string, action: string): string {
  return `${prefix}${path}|${id || action}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    // Sandboxed iframes and some privacy modes throw on mere access.
    return undefined;
  }
}

function isDraft(value: unknown): value is Draft {
  const values = (value as { values?: unknown } | null)?.values;
  return typeof values === 'object' && values !== null && !Array.isArray(values);
}

/**
 * A draft in `sessionStorage`, written at most every `delay` ms while typing. Storage that is
 * missing, full or blocked only means the draft is not kept: typing never fails because of it.
 */
export class DraftStore {
  private pending: Draft | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly key: () => string,
    private readonly delay = 300,
  ) {}

  load(): Draft | undefined {
    try {
      const raw = storage()?.getItem(this.key());
      if (!raw) return undefined;
      const parsed = JSON.parse(raw) as unknown;
      if (!isDraft(parsed)) return undefined;
      const values: Record<string, string> = {};
      for (const [name, value] of Object.entries(parsed.values)) if (typeof value === 'string') values[name] = value;
      const idempotency = parsed.idempotency;
      const validKey = typeof idempotency?.key === 'string' && typeof idempotency.fingerprint === 'string';
      return validKey ? { values, idempotency } : { values };
    } catch {
      return undefined;
    }
  }

  save(draft: Draft): void {
    this.pending = draft;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Writes a pending draft now: before the page unloads, or the element leaves the page. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const draft = this.pending;
    this.pending = undefined;
    if (!draft) return;
    const empty = !Object.values(draft.values).some((value) => value.trim()) && !draft.idempotency;
    try {
      if (empty) storage()?.removeItem(this.key());
      else storage()?.setItem(this.key(), JSON.stringify(draft));
    } catch {
      // Quota exceeded or storage blocked: the draft is simply not kept.
    }
  }

  /** Forgets the draft, including a write still waiting for its debounce. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    try {
      storage()?.removeItem(this.key());
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  }
}
