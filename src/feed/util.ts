export type Dict = Record<string, unknown>;

export const isObject = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value if it is a string, otherwise undefined. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Sets `key` only to a defined value: absent rather than undefined, so results compare and serialize cleanly. */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): T {
  if (value !== undefined) target[key] = value;
  return target;
}
