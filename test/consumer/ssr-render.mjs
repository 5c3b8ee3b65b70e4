// Renders the three elements with @lit-labs/ssr, as a Node server would, and prints the HTML.
// `--shim` installs Lit's DOM shim first, as some frameworks do.
import { readFileSync } from 'node:fs';
import process from 'node:process';

if (process.argv.includes('--shim')) await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import('trade-widgets');

const posts = JSON.parse(readFileSync(new URL('./posts.json', import.meta.url), 'utf8'));
const page = html`<trade-news-feed src="/feed.json" .posts=${posts}></trade-news-feed>
  <trade-post variant="card" .post=${posts[1]}></trade-post>
  <trade-post id="full" .post=${posts[0]}></trade-post>
  <broker-contact-form action="/contact"></broker-contact-form>`;
process.stdout.write(await collectResult(render(page)));
