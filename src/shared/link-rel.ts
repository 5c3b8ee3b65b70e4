/**
 * The `rel` of a link from the data that opens in `target`. Any target but `_self` (`_blank`, a
 * named window such as `news`, `_parent`, `_top`) can be another browsing context, which would
 * otherwise get `window.opener` and the partner page's address.
 */
export const relFor = (target: string | null | undefined): string | undefined => {
  const name = target?.trim().toLowerCase();
  return name && name !== '_self' ? 'noopener noreferrer' : undefined;
};
