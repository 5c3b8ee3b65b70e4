// The feed server of this page answers /feeds/windows-1252.json with a JSON Feed written in
// windows-1252 (as its Content-Type says), the way older blog systems still send one. Each load
// of the page reads it afresh, not from the copy an earlier load kept in sessionStorage.
for (const key of Object.keys(sessionStorage)) {
  if (key.startsWith('trade-widgets:feed:')) sessionStorage.removeItem(key);
}
const realFetch = window.fetch;
const title = [...'Caf', 0xe9, ...' Tariffs ', 0x96, ' Duty ', 0x93, 'Drawback', 0x94];
const bytes = new Uint8Array(
  [
    ...'{"version":"https://jsonfeed.org/version/1.1","title":"News","items":[{"id":"1","title":"',
    ...title,
    ...'","content_text":"Text."}]}',
  ].flatMap((piece) => (typeof piece === 'number' ? [piece] : [...piece].map((c) => c.charCodeAt(0)))),
);
window.fetch = (input, init) =>
  new URL(String(input instanceof Request ? input.url : input), location.href).pathname === '/feeds/windows-1252.json'
    ? Promise.resolve(new Response(bytes, { headers: { 'Content-Type': 'application/json; charset=windows-1252' } }))
    : realFetch(input, init);
