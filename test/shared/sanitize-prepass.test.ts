import { expect } from '@open-wc/testing';
import { prepass } from '../../src/shared/prepass.js';
import { xssVectors } from '../fixtures/xss/vectors.js';
import { ordinaryPosts } from '../fixtures/xss/ordinary.js';
import { safePostHtml } from '../fixtures/xss/safe-post.js';

// Read through the prototype: a parsed <form> can clobber its own `attributes` property.
const attributesOf = Object.getOwnPropertyDescriptor(Element.prototype, 'attributes')!.get!;

/** What a strict CSP would report in `html` once parsed: handler and style attributes, style elements. */
function reportable(html: string): string[] {
  // DOMParser has scripting off, as the inert documents both sanitizer paths parse in.
  const doc = new DOMParser().parseFromString(`<body>${html}`, 'text/html');
  const found: string[] = [];
  for (const element of doc.querySelectorAll('*')) {
    if (element.localName === 'style') found.push(`<style> in <${element.parentElement?.localName}>`);
    for (const { name } of attributesOf.call(element) as NamedNodeMap) {
      if (name.startsWith('on') || name === 'style') found.push(`${name} on <${element.localName}>`);
    }
  }
  return found;
}

/** Markup where a pattern over the raw text and the HTML tokenizer disagree. */
const tricky = [
  '<p title="a>b" onclick="x">t</p>',
  "<p title='x onclick=y' style=z>t</p>",
  '<p title="a"onclick=x class=b>t</p>',
  '<p/onclick=x>t</p>',
  '<img src=x ONERROR = "y" alt=z>',
  '<textarea><p title="</textarea><img src=x onerror=y>"></textarea>',
  '<title><img src=x onerror=y></title><b onclick=x>b</b>',
  '<script>"</script><img src=x onerror=y>"</script>',
  '<xmp></xmp ><img src=x onerror=y></xmp>',
  '<iframe><img src=x onerror=y></iframe><p onclick=x>p</p>',
  '<!--<img src="--><img src=x onerror=y//">',
  '<!--> <img src=x onerror=y> -->',
  '<!---> <img src=x onerror=y> -->',
  '<!-- a --!><img src=x onerror=y>',
  '<!doctype html onclick=x><p style=a>p</p>',
  '<?xml onclick=x?><p onclick=y>p</p>',
  '</p onclick=x><p onclick=y>p</p>',
  '<style>p{}</style ><style title="</style>">x</style><p>after</p>',
  '<svg><style>a{}</style><script><img src=x onerror=y></script></svg>',
  '<svg></p><style><a id="</style><img src=1 onerror=z>"></svg>',
  '<svg><desc><textarea><p title="</textarea><img src=x onerror=y>"></textarea></desc></svg>',
  '<svg><foreignObject><style>p{}</style></foreignObject></svg>',
  '<svg><![CDATA[ <img src=x onerror=y> ]]><p onclick=x>p</p></svg>',
  '<math><mtext><mglyph><style><img src=x onerror=y></style></mglyph></mtext></math>',
  '<math><mi><table><mglyph><style><img src=x onerror=y>',
  '<svg><font color=red><textarea><p title="</textarea><img src=x onerror=y>">',
  '<p style="a" style="b" onclick=1 onclick=2>p</p>',
];

describe('prepass', () => {
  it('leaves an ordinary post without handler or style attributes byte for byte alone', () => {
    for (const html of [safePostHtml, ...ordinaryPosts.map((p) => p.html)]) {
      if (/style=/.test(html)) continue;
      expect(prepass(html).html).to.equal(html);
    }
  });

  it('removes only the style attributes of a Ghost body', () => {
    const ghost = ordinaryPosts.find((p) => p.name === 'a Ghost body')!.html;
    expect(prepass(ghost).html).to.equal(ghost.replaceAll('style="white-space: pre-wrap;"', ''));
  });

  it('keeps words, URLs and attribute values that merely contain "on" or "style"', () => {
    const html =
      '<a href="https://blog.example/2024/one-big-change">x</a> <a href=/entry-summary/onboarding>y</a> ' +
      '<a href="https://ports.example/ontario?on=1">z</a> <img src="img/ontario-port.png" alt="Port of Toronto online"> ' +
      'online onload= style= <b title="onclick=x style=y">b</b> <a href="https://x.example/?style=on&amp;onload=1">q</a>';
    expect(prepass(html).html).to.equal(html);
  });

  it('removes handler attributes, style attributes and style elements, and nothing else', () => {
    expect(prepass('<p onclick="x()" title="keep" style="color:red" ONMOUSEOVER=y>t</p>').html).to.equal(
      '<p  title="keep"  >t</p>',
    );
    expect(prepass('a<style>p { color: red }</style>b<STYLE media=print>x</StYlE >c').html).to.equal('abc');
  });

  it('reads <noscript> content as markup, as parsers with scripting off do', () => {
    // The image is inside an attribute value here: nothing to report, nothing to change.
    const html = '<noscript><p title="</noscript><img src=x onerror=y>"></noscript><p =onclick=x>t</p>';
    expect(reportable(html)).to.deep.equal([]);
    expect(prepass(html).html).to.equal(html);
  });

  it('reads everything after <plaintext> as text', () => {
    const html = '<p>a</p><plaintext><img src=x onerror=y><style>p{}</style>';
    expect(reportable(html)).to.deep.equal([]);
    expect(prepass(html).html).to.equal(html);
  });

  it('leaves out what parsers discard anyway: a tag cut off at the end, repeated attributes', () => {
    expect(prepass('<p>a</p><img src=x onerror=y').html).to.equal('<p>a</p>');
    expect(prepass('<p>a</p><a title="never closed').html).to.equal('<p>a</p>');
    expect(prepass('<p title=a lang=en title=b TITLE=c>x</p>').html).to.equal('<p title=a lang=en  >x</p>');
    expect(prepass(`<p>${'<p '.repeat(1000)}`).html).to.equal('<p>');
    expect(prepass('<div><x-a>a</x-b></x-a></div></section></p></tr>').html).to.equal(
      '<div><x-a>a</x-a></div></p></tr>',
    );
    const html = '<p>a</p><img src=x alt="one"><b title=x>b</b>';
    const table = '<table><td>a</tr><td>b</tbody><tr><td>c</table></p></br></body>after';
    for (const markup of [html, table, `${html}<p <p <p`, `${html}<p <p <p>`, `${html}</i></x></b>`]) {
      const parsed = (source: string) => new DOMParser().parseFromString(source, 'text/html').body.innerHTML;
      expect(parsed(prepass(markup).html)).to.equal(parsed(markup));
    }
  });

  it('names the start tags it met, outside raw text', () => {
    const { tags } = prepass('<section><P>x</P><textarea><b>no</b></textarea><x-card></x-card></section>');
    expect([...tags].sort()).to.deep.equal(['p', 'section', 'textarea', 'x-card']);
  });

  for (const html of [...xssVectors.map((v) => v.html), ...tricky]) {
    it(`leaves nothing a strict CSP reports: ${html.slice(0, 70)}`, () => {
      expect(reportable(prepass(html).html)).to.deep.equal([]);
    });
  }

  it('has tricky cases that do hold reportable markup before the pre-pass', () => {
    for (const html of tricky) expect(reportable(html), html).not.to.deep.equal([]);
  });
});
