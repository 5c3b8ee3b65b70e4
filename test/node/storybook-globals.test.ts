// Storybook's toolbar switches as a link carries them: `&globals=theme:dark;lang:es;dir:rtl;width:320`
// reaches the decorator as `{ theme: 'dark', lang: 'es', dir: 'rtl', width: 320 }` (numbers as numbers),
// and anything a hand-edited link gets wrong falls back to the default instead of breaking the story.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { designGlobals, initialDesignGlobals, widthValue } from '../../.storybook/design-globals.js';

test('a link with every switch set reaches the stories as given', () => {
  assert.deepEqual(designGlobals({ theme: 'dark', lang: 'es', dir: 'rtl', width: 320 }), {
    theme: 'dark',
    lang: 'es',
    dir: 'rtl',
    width: 320,
  });
});

test('widths written as text or with px are the same preset', () => {
  assert.equal(designGlobals({ width: '640' }).width, 640);
  assert.equal(designGlobals({ width: '1000px' }).width, 1000);
  assert.equal(designGlobals({ width: 'full' }).width, 'full');
});

test('unknown or missing values mean the defaults', () => {
  assert.deepEqual(designGlobals({}), initialDesignGlobals);
  assert.deepEqual(designGlobals({ theme: 'sepia', lang: 'de', dir: 'up', width: 333 }), initialDesignGlobals);
});

test('a preset width becomes the frame width; full sets none', () => {
  assert.equal(widthValue(320), '320px');
  assert.equal(widthValue('full'), undefined);
});
