// What a first visit to a page downloads, gzipped as a static host serves it: the HTML and the
// stylesheets and scripts it links from the site (nothing is loaded from elsewhere). The issue
// sets the median document page at 16 KB at most, for a phone on a weak connection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';

export interface PageWeight {
  /** The HTML alone, gzipped. */
  html: number;
  /** The HTML with every stylesheet and script file it links, each gzipped. */
  total: number;
}

// nginx's and most CDNs' level for text; level 9 saves a few bytes more.
const gzipped = (bytes: Uint8Array) => gzipSync(bytes, { level: 6 }).length;

/**
 * The weight of the page at `sitePath` ('nanming/2020/4/1/') of the site built in `out` and
 * served under `base` ('/' or '/gongbao/').
 */
export function pageWeight(out: string, base: string, sitePath: string): PageWeight {
  const html = readFileSync(join(out, sitePath, 'index.html'));
  const $ = load(html);
  const linked = new Set(
    [
      ...$('link[rel~=stylesheet][href]').map((_, l) => $(l).attr('href')!),
      ...$('script[src]').map((_, s) => $(s).attr('src')!),
    ]
      .filter((url) => url.startsWith(base))
      .map((url) => url.slice(base.length).split(/[?#]/)[0]!),
  );
  const assets = [...linked].reduce((n, path) => n + gzipped(readFileSync(join(out, path))), 0);
  return { html: gzipped(html), total: gzipped(html) + assets };
}
