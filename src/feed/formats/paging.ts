// Next-page URLs of the REST APIs (WordPress, Ghost), which count pages in a `page` parameter.

/** `base` with its `page` query parameter set, the other parameters kept. */
export function withPage(base: string | undefined, page: number): string | undefined {
  if (!base) return undefined;
  const next = new URL(base);
  next.searchParams.set('page', String(page));
  return next.href;
}
