/**
 * A 106-bit hash of `text` as 27 hex digits: two 53-bit lanes of the cyrb53 mix, seeded apart.
 * Not a cryptographic digest (`crypto.subtle` is asynchronous and missing on plain-http pages);
 * it stands in for text that must be recognised again later without being kept, such as the
 * contact form's retry fingerprint in `sessionStorage`.
 */
export function hashText(text: string): string {
  return lane(text, 0x9e3779b9).toString(16).padStart(14, '0') + lane(text, 0x85ebca6b).toString(16).padStart(13, '0');
}

function lane(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
