import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { extractArgTypes, manifest } from './manifest.js';
import { designGlobalTypes, frameStyles, initialDesignGlobals, withDesignGlobals } from './design-globals.js';

// Docs pages list every attribute, property, event, slot, part and CSS custom property from it.
setCustomElementsManifest(manifest);

const frameSheet = new CSSStyleSheet();
frameSheet.replaceSync(frameStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, frameSheet];

const blockedNavigation = action('navigation kept inside Storybook');

/**
 * Post links, "See All" and the share buttons point at the broker's real site and at social
 * networks. Following one would leave Storybook and reach the network, so a click on a link to
 * another origin (or a mailto: link) is stopped here and logged in the Actions panel instead.
 */
document.addEventListener(
  'click',
  (event) => {
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor?.href) return;
    const target = new URL(anchor.href, document.baseURI);
    if (target.origin === location.origin && target.protocol.startsWith('http')) return;
    event.preventDefault();
    blockedNavigation(target.href);
  },
  true,
);

const preview: Preview = {
  tags: ['autodocs'],
  // The toolbar's Theme, Language, Direction and Container width switches, for every story.
  globalTypes: designGlobalTypes,
  decorators: [withDesignGlobals],
  // Theme and language are set for all stories at once from the toolbar, not per story.
  argTypes: {
    theme: {
      control: false,
      options: ['light', 'dark', 'auto'],
      description: 'Colour theme: `light`, `dark` or `auto` (follows the system). In Storybook: the Theme switch.',
      table: { category: 'attributes', type: { summary: "'light' | 'dark' | 'auto'" } },
    },
    lang: {
      control: false,
      description:
        'Language of the UI strings and dates (`en`, `es`, `fr` built in). Inherited from the nearest ancestor with `lang`, else the document. In Storybook: the Language switch.',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story must pass axe; a violation fails the story in the test panel and in CI.
    a11y: { test: 'error' },
    // The Theme switch paints the page behind the elements; a second background picker would fight it.
    backgrounds: { disable: true },
    // The snippet under each story shows the element alone, without the story's page wrappers.
    docs: { toc: true, source: { excludeDecorators: true }, extractArgTypes },
  },
  initialGlobals: { ...initialDesignGlobals },
};

export default preview;
