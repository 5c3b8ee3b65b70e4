/** `code` (a JavaScript module) with its css`` and html`` template text minified. */
export function minifyLiterals(code: string, options?: { keepLines?: boolean }): string;
