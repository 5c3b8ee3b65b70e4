// Realistic feed data for the benchmark: the broker's kind of posts (customs, freight, tariffs),
// generated from a fixed seed so every run measures the same bytes.

const titles = [
  'Maritime Regulator Hit by Cyberattack, Data Possibly Stolen',
  'Importer Pleads Guilty to Duty Evasion',
  'Section 301 Duty Exclusions Set to Expire on 12/31/23',
  'Subscribe to My LinkedIn Newsletter',
  'CBP Updates Guidance on De Minimis Entries',
  'Container Rates Climb as Carriers Blank Sailings',
  'What the New Country-of-Origin Rules Mean for Importers',
  'Forced Labor Enforcement: Detentions at the Port of Long Beach',
  'Antidumping Duties on Aluminum Extrusions: Final Determination',
  'How to Prepare for a Customs Audit',
];

const sentences = [
  'The owner of a U.S. based import business faces a maximum penalty of five years in prison.',
  'Unless Congress acts quickly, the duty exclusions currently in place for certain products imported from China are set to expire.',
  'Importers who currently enjoy these exclusions on their products should plan for the added cost.',
  'The International Maritime Organization said its London headquarters has been hit by a cyberattack.',
  'CMA CGM SA said some of its data may have been stolen after a malware attack on its booking platform.',
  'Brokers should review their clients’ classifications before the new rates take effect.',
  'A licensed customs broker can help you file a protest within 180 days of liquidation.',
  'Shipments booked before the cut-off date will be processed as soon as possible.',
  'The agency published the notice in the Federal Register on Thursday.',
  'Penalties for negligence can reach twice the loss of revenue to the government.',
];

const authors = [
  { name: 'Stephen Fodor', url: 'https://blog.example.com/profile/stephen-fodor' },
  { name: 'María Núñez', url: 'https://blog.example.com/profile/maria-nunez' },
  { name: 'Jean-Luc Moreau' },
];

const tagPool = ['Tariffs', 'Enforcement', 'Ocean Freight', 'Cybersecurity', 'Compliance', 'Section 301', 'CBP'];

/** A small deterministic PRNG (mulberry32): the same seed gives the same feed on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function paragraph(rand, count) {
  return Array.from({ length: count }, () => pick(rand, sentences)).join(' ');
}

/**
 * JSON Feed 1.1 items as a blog publishes them: about 1.2 KB each, with a body, a summary, an
 * image on the given origin, one author, two or three tags and the `_trade` counts.
 */
export function jsonFeedItems(count, { origin = 'https://blog.example.com', seed = 9 } = {}) {
  const rand = random(seed);
  const start = Date.UTC(2026, 5, 1, 12);
  return Array.from({ length: count }, (_, i) => {
    const title = `${pick(rand, titles)} (${i + 1})`;
    const slug = `post-${i + 1}`;
    const tags = [...new Set([pick(rand, tagPool), pick(rand, tagPool), pick(rand, tagPool)])];
    return {
      id: slug,
      url: `https://blog.example.com/post/${slug}`,
      title,
      summary: paragraph(rand, 2),
      content_html:
        `<p>${paragraph(rand, 3)}</p><blockquote><p>“${pick(rand, sentences)}”</p></blockquote>` +
        `<p>${paragraph(rand, 2)} Questions? Write to <a href="mailto:info@tradelogicintl.com">info@tradelogicintl.com</a>.</p>`,
      image: `${origin}/img/${(i % 12) + 1}.svg`,
      date_published: new Date(start - i * 36e5 * 7).toISOString(),
      authors: [pick(rand, authors)],
      tags,
      _trade: { views: Math.floor(rand() * 500), comments: Math.floor(rand() * 12) },
    };
  });
}

/** A whole JSON Feed 1.1 document around `items`. */
export function jsonFeed(items, { title = 'Trade Logic International — Trade News', nextUrl } = {}) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: 'https://blog.example.com/',
    ...(nextUrl ? { next_url: nextUrl } : {}),
    items,
  };
}

/** The same items as the normalized `Post` objects the elements' `posts`/`post` properties take. */
export function toPosts(items) {
  return items.map((item) => ({
    id: item.id,
    title: item.title,
    url: item.url,
    summary: item.summary,
    contentHtml: item.content_html,
    image: item.image,
    datePublished: item.date_published,
    authors: item.authors,
    tags: item.tags,
    views: item._trade.views,
    comments: item._trade.comments,
  }));
}

/** A small SVG the loopback server answers every post image with. */
export function imageSvg(n) {
  const hue = (n * 47) % 360;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">` +
    `<rect width="640" height="360" fill="hsl(${hue} 45% 55%)"/></svg>`
  );
}
