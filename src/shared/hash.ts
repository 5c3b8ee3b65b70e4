/**
 * A 64-bit hash of `text` as 16 hex digits (two 32-bit multiplicative lanes). Not a cryptographic
 * digest (`crypto.subtle` is asynchronous and missing on plain-http pages): it stands in for text
 * that must be recognised again later without being kept, such as the contact form's retry
 * fingerprint in `sessionStorage`.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
