/**
 * Partner pages in iframes, for the script-tag tests: each page is served from the table in
 * test/server/pages.js at /test/pages/<name>.html, and records its errors in `recorded`.
 */

const frames: HTMLIFrameElement[] = [];

/**
 * Opens the partner page `name` (with the query `search`, if any) in an iframe `width` pixels wide
 * and 800 high, and resolves with its window once loaded.
 */
export async function openPage<W extends Window = Window>(name: string, width = 1000, search = ''): Promise<W> {
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.width = String(width);
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/${name}.html${search}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as W;
}

/** Removes every page opened so far (call it after each test). */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}
