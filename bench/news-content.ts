/**
 * What the local news site serves: RSS 2.0 feeds and small article pages that state loss
 * figures the way news sites do (English or Ukrainian, a General Staff daily figure and the
 * running total). Written for the benchmark; every page is built from a seeded story number,
 * so the same item always renders the same page.
 */

export interface FeedItemRef {
  /** Stable per feed: the guid. */
  guid: string;
  /** Absolute URL of the article page. */
  link: string;
  title: string;
  publishedAt: Date;
  /** The story the article tells: many outlets report one day's figures. */
  story: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Daily losses for story `n` (one story a day): figures in the range the General Staff reports. */
export function storyFigures(story: number): { date: string; personnel: number; total: number; tanks: number; artillery: number } {
  const day = new Date(Date.UTC(2024, 0, 1) + story * 86_400_000);
  const personnel = 820 + ((story * 137) % 690);
  return {
    date: day.toISOString().slice(0, 10),
    personnel,
    total: 370_000 + story * 1_050,
    tanks: 3 + ((story * 7) % 19),
    artillery: 12 + ((story * 11) % 40),
  };
}

const EN_TITLES = [
  (f: ReturnType<typeof storyFigures>) => `Russia lost ${f.personnel.toLocaleString('en-US')} troops in a day, Ukraine's General Staff says`,
  (f: ReturnType<typeof storyFigures>) => `Ukraine war latest: ${f.personnel.toLocaleString('en-US')} Russian soldiers killed or wounded`,
  (f: ReturnType<typeof storyFigures>) => `Front line update: heavy fighting continues, Kyiv reports Russian losses`,
];
const UK_TITLES = [
  (f: ReturnType<typeof storyFigures>) => `Генштаб: за добу росія втратила ще ${f.personnel} військових`,
  () => `Втрати ворога: оновлені дані Генерального штабу`,
];

/** Title of the article about `story` on outlet `outlet` (half the outlets write in Ukrainian). */
export function articleTitle(story: number, outlet: number): string {
  const f = storyFigures(story);
  const titles = outlet % 2 === 0 ? EN_TITLES : UK_TITLES;
  return titles[(story + outlet) % titles.length]!(f);
}

/** An RSS 2.0 document with the given items, newest first, as news sites publish them. */
export function renderFeed(o: { outletName: string; siteUrl: string; feedName: string; items: readonly FeedItemRef[]; updated: Date }): string {
  const items = o.items
    .map(
      (it) => `<item>
<title>${escapeXml(it.title)}</title>
<link>${escapeXml(it.link)}</link>
<guid isPermaLink="false">${escapeXml(it.guid)}</guid>
<pubDate>${it.publishedAt.toUTCString()}</pubDate>
<description>${escapeXml(`${it.title}. Read the full story on ${o.outletName}: figures, reactions and what comes next, with maps and analysis from our correspondents on the ground.`)}</description>
<category>${escapeXml(o.feedName)}</category>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(`${o.outletName} — ${o.feedName}`)}</title>
<link>${escapeXml(o.siteUrl)}</link>
<description>${escapeXml(`Latest ${o.feedName} news from ${o.outletName}`)}</description>
<language>en</language>
<lastBuildDate>${o.updated.toUTCString()}</lastBuildDate>
${items}
</channel>
</rss>
`;
}

/** A small article page (about 2 KB): navigation, headline, paragraphs with the figures, related links, footer. */
export function renderArticle(o: { outletName: string; story: number; outlet: number; publishedAt: Date }): string {
  const f = storyFigures(o.story);
  const title = articleTitle(o.story, o.outlet);
  const uk = o.outlet % 2 === 1;
  const paragraphs = uk
    ? [
        `За минулу добу російські окупанти втратили ${f.personnel} осіб, повідомив Генеральний штаб ЗСУ.`,
        `Загалом втрати ворога з початку повномасштабного вторгнення становлять близько ${f.total.toLocaleString('uk-UA')} осіб. Також за добу знищено ${f.tanks} танків і ${f.artillery} артилерійських систем.`,
        'Найзапекліші бої тривають на покровському та костянтинівському напрямках, де ворог намагається просунутися малими штурмовими групами.',
        'У Генштабі наголошують, що дані уточнюються. Незалежно перевірити ці цифри неможливо.',
        'Раніше у Повітряних силах повідомили про збиті безпілотники над кількома областями.',
      ]
    : [
        `Russian forces lost ${f.personnel.toLocaleString('en-US')} soldiers over the past day, Ukraine's General Staff said in its morning update.`,
        `That brings Russia's losses since the start of the full-scale invasion to about ${f.total.toLocaleString('en-US')} troops, according to the General Staff, which also reported ${f.tanks} tanks and ${f.artillery} artillery systems destroyed.`,
        'The heaviest fighting continued around Pokrovsk and Kostiantynivka, where Russian units pressed small-group assaults, Ukrainian commanders said.',
        'The figures cannot be independently verified. Moscow does not regularly publish its own casualty numbers.',
        'Separately, the air force said it had shot down most of the drones launched overnight at several regions.',
      ];
  const related = [1, 2, 3].map((i) => `<li><a href="/related/${(o.story + i) % 997}">${uk ? 'Читайте також' : 'Read also'}: ${escapeXml(articleTitle(o.story + i, o.outlet))}</a></li>`).join('');
  return `<!doctype html>
<html lang="${uk ? 'uk' : 'en'}"><head><meta charset="utf-8">
<title>${escapeXml(title)} | ${escapeXml(o.outletName)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${escapeXml(title)}">
<meta property="og:site_name" content="${escapeXml(o.outletName)}">
<meta property="article:published_time" content="${o.publishedAt.toISOString()}">
<link rel="stylesheet" href="/static/site.css">
</head><body>
<header class="site-header"><a class="logo" href="/">${escapeXml(o.outletName)}</a>
<nav><a href="/">${uk ? 'Головна' : 'Home'}</a> <a href="/war">${uk ? 'Війна' : 'War'}</a> <a href="/politics">${uk ? 'Політика' : 'Politics'}</a> <a href="/economy">${uk ? 'Економіка' : 'Economy'}</a> <a href="/world">${uk ? 'Світ' : 'World'}</a></nav></header>
<main><article>
<h1>${escapeXml(title)}</h1>
<p class="byline">${uk ? 'Автор' : 'By'} ${uk ? 'Олена Коваль' : 'Staff reporter'} · <time datetime="${o.publishedAt.toISOString()}">${o.publishedAt.toUTCString()}</time></p>
${paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n')}
</article>
<aside class="related"><h3>${uk ? 'Схожі новини' : 'Related'}</h3><ul>${related}</ul></aside>
</main>
<footer><p>© ${escapeXml(o.outletName)}</p><div class="share">Share on Facebook · Share on X · Telegram</div>
<p class="legal">${uk ? 'Усі права захищено. Використання матеріалів дозволяється за умови посилання на джерело.' : 'All rights reserved. Reuse of our material requires a link to the source.'}</p></footer>
</body></html>
`;
}
