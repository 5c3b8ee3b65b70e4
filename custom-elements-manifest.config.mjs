/** `cem analyze` reads the element classes' JSDoc into custom-elements.json, shipped with the package. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.script.ts', 'src/cli/**', 'src/feed/**', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
