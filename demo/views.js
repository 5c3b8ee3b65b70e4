// The demo's view counter: what `<trade-post views-endpoint>` sends lands here. Counts are kept per
// post and per day in demo/.data/views.json, beside the contact submissions, rewritten atomically
// (a temporary file renamed over the old one) so a crash never leaves half a file. Visitor
// addresses are never written down: the 30-minute rule remembers them, hashed, in memory only.
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How long one visitor's view of one post counts once. */
export const VIEW_WINDOW_MS = 30 * 60 * 1000;

const day = (time) => new Date(time).toISOString().slice(0, 10);

export class ViewStore {
  /** `dataDir` holds views.json; `now` is the clock; `salt` keeps the in-memory visitor keys unguessable. */
  constructor({ dataDir, now = () => Date.now() }) {
    this.file = join(dataDir, 'views.json');
    this.now = now;
    this.salt = String(Math.random());
    /** `{ [postId]: { [yyyy-mm-dd]: count } }` */
    this.days = {};
    /** When the counts last changed (ms), for the feed's Last-Modified. */
    this.changed = 0;
    /** Hashed visitor and post → when that view was counted. */
    this.recent = new Map();
    this.writing = Promise.resolve();
  }

  /** Reads the counts kept so far; a missing or unreadable file starts from nothing. */
  async load() {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8'));
      if (data && typeof data.days === 'object' && data.days !== null) this.days = data.days;
      this.changed = Number(data.changed) || 0;
    } catch {
      // No counts yet.
    }
    return this;
  }

  /** Every view counted of `id`. */
  total(id) {
    return Object.values(this.days[id] ?? {}).reduce((sum, n) => sum + n, 0);
  }

  /** Views per post over the last `days` days (today included), as `{ [postId]: count }`. */
  since(days) {
    const [first, last] = [day(this.now() - (days - 1) * 24 * 60 * 60 * 1000), day(this.now())];
    const counts = {};
    for (const [id, perDay] of Object.entries(this.days)) {
      counts[id] = Object.entries(perDay).reduce((sum, [date, n]) => sum + (date >= first && date <= last ? n : 0), 0);
    }
    return counts;
  }

  /**
   * Counts a view of `id` from `visitor` (an address), unless that visitor's view of that post was
   * counted in the last 30 minutes. Resolves whether it counted, once it is on disk.
   */
  async count(id, visitor) {
    const now = this.now();
    for (const [key, at] of this.recent) if (now - at >= VIEW_WINDOW_MS) this.recent.delete(key);
    const key = createHash('sha256').update(`${this.salt}\n${visitor}\n${id}`).digest('base64url');
    if (this.recent.has(key)) return false;
    this.recent.set(key, now);
    const perDay = (this.days[id] ??= {});
    perDay[day(now)] = (perDay[day(now)] ?? 0) + 1;
    this.changed = now;
    await this.save();
    return true;
  }

  /** Writes the counts: one write at a time, each to a temporary file renamed over views.json. */
  save() {
    const snapshot = JSON.stringify({ changed: this.changed, days: this.days }, null, 2);
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        const temporary = `${this.file}.${process.pid}.tmp`;
        await writeFile(temporary, `${snapshot}\n`);
        await rename(temporary, this.file);
      });
    return this.writing;
  }
}

/**
 * A feed page with the live counts: each item's `_trade.views` is what the published feed says plus
 * the views counted here. Anything that is not a JSON Feed is returned as it was.
 */
export function withLiveCounts(body, views) {
  let feed;
  try {
    feed = JSON.parse(body.toString('utf8'));
  } catch {
    return body;
  }
  if (!Array.isArray(feed?.items)) return body;
  for (const item of feed.items) {
    const counted = typeof item?.id === 'string' ? views.total(item.id) : 0;
    if (!counted) continue;
    const trade = (item._trade ??= {});
    trade.views = (Number.isFinite(trade.views) ? trade.views : 0) + counted;
  }
  return Buffer.from(`${JSON.stringify(feed, null, 2)}\n`);
}
