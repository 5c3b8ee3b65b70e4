import { reactiveStatePlugin } from './scripts/cem-reactive-state.js';

/** `cem analyze` reads the element classes' JSDoc into custom-elements.json, shipped with the package. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.script.ts', 'src/cli/**', 'src/feed/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [reactiveStatePlugin()],
};
