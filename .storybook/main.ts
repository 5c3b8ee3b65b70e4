import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const manifest = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
if (!existsSync(manifest)) {
  // The docs tables and controls come from the manifest; without it every docs page is empty.
  throw new Error('custom-elements.json is missing: run `npm run analyze` before Storybook.');
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  // Sample images are served by Storybook itself so no story loads anything from another host.
  staticDirs: [{ from: '../stories/assets', to: '/sample-assets' }],
  core: {
    // Storybook must not reach the network on its own either (CI runs it offline).
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
