/**
 * Test-server additions: pages and endpoints that browser tests load by URL. Each plugin owns one
 * path prefix so tests stay independent of each other.
 */
export const testServerPlugins = [];
