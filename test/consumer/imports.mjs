// Imports every entry of the package in Node, with `--shim` after installing Lit's DOM shim.
import process from 'node:process';
if (process.argv.includes('--shim')) await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const entries = [
  'trade-widgets',
  'trade-widgets/trade-news-feed.js',
  'trade-widgets/trade-post.js',
  'trade-widgets/broker-contact-form.js',
  'trade-widgets/feed',
  'trade-widgets/react',
];
const loaded = {};
for (const entry of entries) loaded[entry] = Object.keys(await import(entry)).sort();
process.stdout.write(JSON.stringify(loaded));
