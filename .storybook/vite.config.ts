import { defineConfig, type Plugin } from 'vite';

/** The files that register elements, imported by the stories only for that side effect. */
const defineFiles = /[\\/]src[\\/](index|trade-news-feed|trade-post|broker-contact-form)\.ts$/;

/**
 * package.json's `sideEffects` names only the dist files, so a production build would drop the
 * registering modules the stories import from src and no element would be defined.
 */
function keepDefineFiles(): Plugin {
  return {
    name: 'trade-widgets:storybook-keep-define-files',
    enforce: 'pre',
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && defineFiles.test(resolved.id) ? { ...resolved, moduleSideEffects: true } : null;
    },
  };
}

/**
 * Storybook's own Vite config. The project's vite.config.ts builds the partner script and swaps the
 * sanitizer loader for one that fetches a file beside that bundle, which Storybook must not inherit:
 * here the elements load exactly as an npm user's bundler would load them.
 */
export default defineConfig({
  plugins: [keepDefineFiles()],
});
