/**
 * Dispatches a bubbling, composed `CustomEvent` from `target` and returns `false` when a listener
 * canceled it. Every public event of the library goes through here so all of them cross shadow
 * boundaries the same way.
 */
export function emit<T>(target: EventTarget, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
