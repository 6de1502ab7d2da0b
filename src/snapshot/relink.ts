// Pages of a snapshot link to each other relatively, so that they open from disk (file://).
// The site's home is the snapshot's own first page (the issue). A link to something else the
// snapshot does not hold points at the live site instead, marked so that a reader knows the
// click leaves the archive.
import { load } from 'cheerio';

export interface Relinking {
  /** The site's origin and base path: https://gongbao.example.gov.cn/ + gongbao/ */
  siteUrl: string;
  base: string;
  /** The file in the snapshot a site path (under the base, e.g. 'nanming/2020/4/1/') is in, or null. */
  fileFor: (sitePath: string) => string | null;
  /** The snapshot's file that stands for the site's home page (its issue page). */
  home?: string;
  /**
   * What the page says of itself as an archived copy, above its content: the text and the live
   * URL; and the day its 有效性 was decided, when the build's day was set (null: 存档时).
   */
  archived?: { note: string; online: string };
}

/** Relative path from the file `from` to the file `to`, both relative to the snapshot root. */
export function relative(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

/** The site path a URL names, decoded; null when its escapes are not UTF-8 (GBK's %C4%CF in a gazette's link): no page has such a path. */
function sitePathOf(url: URL, base: string): string | null {
  try {
    return decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return null;
  }
}

/**
 * How pages are read and written back: with htmlparser2 rather than parse5 (cheerio's
 * default), which reads the pages Astro writes four times as fast, since a snapshot relinks
 * every page of the site; attribute values decoded when read, and on writing only the
 * characters HTML needs escaped (& < > " '), so that a page keeps its Chinese text as
 * characters and comes out byte for byte as it went in when no link changes.
 */
const PAGE = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' } } as const;

/** The page, with every link and asset reference rewritten for the snapshot. */
export function relinkPage(
  html: string,
  sitePath: string,
  file: string,
  { siteUrl, base, fileFor, home, archived }: Relinking,
): string {
  const $ = load(html, PAGE);
  const pageUrl = new URL(base + sitePath, siteUrl);
  $('a[href], link[href], script[src], img[src], form[action]').each((_, el) => {
    const attr =
      el.attribs.href !== undefined ? 'href' : el.attribs.src !== undefined ? 'src' : 'action';
    const ref = el.attribs[attr]!;
    if (ref.startsWith('#')) return;
    const url = new URL(ref, pageUrl);
    if (url.origin !== new URL(siteUrl).origin || !url.pathname.startsWith(base)) return;
    const sitePath = sitePathOf(url, base);
    const target =
      sitePath === null
        ? null
        : (fileFor(sitePath) ?? (sitePath === '' && el.name === 'a' ? (home ?? null) : null));
    if (target !== null && el.attribs.rel !== 'canonical')
      $(el).attr(attr, relative(file, target) + url.search + url.hash);
    else {
      $(el).attr(attr, url.href);
      if (el.name === 'a')
        $(el).attr({ 'data-live': '', rel: 'external', title: '在线网站（离开本存档）' });
    }
  });
  if (archived) {
    // After relinking: the live URL stays live. The URL is the link's target and title rather
    // than its text: set out, it took four lines of a phone at 特大 and pushed the document's
    // title off the first screen.
    const banner = $('<p class="archive-banner" role="note"></p>').text(archived.note);
    banner.append(
      $('<a></a>')
        .attr({ href: archived.online, 'data-live': '', rel: 'external', title: archived.online })
        .text('在线版本'),
    );
    $('main').first().prepend(banner);
    // A fixed copy keeps the word of the build that made it, not a word that looks live. Not
    // dated by the build's day: a snapshot changes only when what it holds does.
    $('[data-validity]').each((_, el) => {
      const word = el.attribs['data-validity']!;
      const source = $(el).children('.doc-validity-source');
      $(el).text(`存档时：${word}`).append(source);
    });
  }
  return $.html();
}
