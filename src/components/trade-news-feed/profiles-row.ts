/**
 * The exact block size of the feed's "Follow" row (part `profiles`): one line that never wraps,
 * whatever the profiles, so a page can reserve the row's box from the attributes alone (a
 * `profiles` attribute that names any http(s) URL, and no `profiles` in `hide`). The feed's flex
 * gap (0.75 × `--trade-space`, 0.75rem by default) sits above it. No Lit here: the script-tag
 * loader may import it.
 */
export const PROFILES_ROW_BLOCK_SIZE = '2.75rem';
