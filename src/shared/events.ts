/**
 * The library's events, as each element module declares them in `GlobalEventHandlersEventMap`:
 * every name that starts with `trade-` or `broker-contact-`.
 */
export type TradeEventMap = {
  [
    K in keyof GlobalEventHandlersEventMap as K extends `trade-${string}` | `broker-contact-${string}` ? K : never
  ]: GlobalEventHandlersEventMap[K];
};

/** The `detail` type of one of the library's events. */
export type EventDetail<K extends keyof TradeEventMap> = TradeEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a bubbling, composed `CustomEvent` from `target` and returns `false` when a listener
 * canceled it. Every public event of the library goes through here so all of them cross shadow
 * boundaries the same way, and its name and detail are checked against the event map.
 */
export function emit<K extends keyof TradeEventMap>(
  target: EventTarget,
  name: K,
  detail: EventDetail<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
