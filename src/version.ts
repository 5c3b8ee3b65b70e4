// Generated from package.json by scripts/write-version.js: change the version there.

/** The package version. */
export const version = '0.1.0';
