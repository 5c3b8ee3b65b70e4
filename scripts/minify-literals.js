// Strips what a JavaScript minifier cannot: indentation, blank space and comments inside Lit's
// css`` and html`` templates. Whitespace between tags stays whitespace, so rendering is unchanged.
// With `keepLines` (the npm build, whose source maps tsc wrote) line breaks stay where they were.
import { parse } from 'acorn';

const tags = new Set(['css', 'html', 'svg']);

// With `keepLines`, a CSS chunk's line breaks move to its end: the CSS reads the same, and every
// line after it keeps the number tsc's source map gave it.
function cssText(raw, keepLines) {
  const css = raw
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
  return keepLines ? css + '\n'.repeat(raw.split('\n').length - 1) : css;
}

function htmlText(raw, keepLines) {
  return keepLines ? raw.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \t]{2,}/g, ' ') : raw.replace(/\s+/g, ' ');
}

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression') {
    const name = node.tag.type === 'Identifier' ? node.tag.name : undefined;
    if (name && tags.has(name)) yield { kind: name, quasi: node.quasi };
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* taggedTemplates(value);
  }
}

/** `code` (a JavaScript module) with its css`` and html`` template text minified. */
export function minifyLiterals(code, { keepLines = false } = {}) {
  if (!/\b(css|html|svg)\s*`/.test(code)) return code;
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  }
  const edits = [];
  for (const { kind, quasi } of taggedTemplates(ast)) {
    for (const element of quasi.quasis) {
      const raw = code.slice(element.start, element.end);
      const text = kind === 'css' ? cssText(raw, keepLines) : htmlText(raw, keepLines);
      if (text !== raw) edits.push([element.start, element.end, text]);
    }
  }
  edits.sort((a, b) => b[0] - a[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
