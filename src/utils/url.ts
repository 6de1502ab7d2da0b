// Every internal link goes through here, so that the site works under any base path
// ("/" or "/gongbao/") and from any static host.
import { createHash } from 'node:crypto';

/** The site's base path, always with a trailing slash. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** A path inside the site: href('nanming/2020/4/') → '/gongbao/nanming/2020/4/'. */
export function href(path = '', base?: string): string {
  return basePath(base) + path.replace(/^\//, '');
}

// Characters a name keeps in its path segment: letters, digits and the punctuation of
// organ names. Anything else (/, ., %, ?, #, spaces, controls) could leave the folder, end
// the path or be read differently by a static host.
const SEGMENT_SAFE = /^[\p{L}\p{N}\p{M}（）()〔〕、·・_-]+$/u;
// A file name holds at most 255 bytes on ext4, XFS, Btrfs and APFS (UTF-8: 85 Han characters);
// an issuing body or 文种 read from the text can be longer (a signature run into a line).
const SEGMENT_BYTES = 255;
const HASH_LENGTH = 8;
const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * The path segment of a name read from a gazette's text (an issuing body, a 文种): the name
 * itself when every character is safe in a path and a file name and it fits in a file name,
 * else its safe characters, as many as fit, and a hash of the whole name, so that no two names
 * share a page. The route's parameter and every link to it use this.
 */
export function nameSegment(name: string): string {
  if (SEGMENT_SAFE.test(name) && utf8Length(name) <= SEGMENT_BYTES) return name;
  const kept = name.replace(/[^\p{L}\p{N}\p{M}（）()〔〕、·・_-]+/gu, '-').replace(/^-+|-+$/g, '');
  const hash = createHash('sha256').update(name).digest('hex').slice(0, HASH_LENGTH);
  let prefix = '';
  let room = SEGMENT_BYTES - HASH_LENGTH - 1;
  for (const ch of kept) {
    room -= utf8Length(ch);
    if (room < 0) break;
    prefix += ch;
  }
  prefix = prefix.replace(/-+$/, '');
  return prefix ? `${prefix}-${hash}` : hash;
}

/** Page n of a list at `path`: the list's own path for the first, `<path><n>/` after (Astro's paginate). */
const listPage = (path: string, page: number) => (page > 1 ? `${path}${page}/` : path);

/** Path segments that may hold Chinese (issuing bodies, 文种) are percent-encoded in links. */
export const paths = {
  gazette: (slug: string) => `${slug}/`,
  issue: (id: string) => `${id}/`,
  document: (id: string) => `${id}/`,
  /** An issuing body's documents; page `page` of them when they take more than one. */
  organ: (name: string, page = 1) =>
    listPage(`organs/${encodeURIComponent(nameSegment(name))}/`, page),
  /** A 文种's documents; page `page` of them when they take more than one. */
  docType: (type: string, page = 1) =>
    listPage(`types/${encodeURIComponent(nameSegment(type))}/`, page),
  search: (query?: string) => (query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
  /** The search page showing every document with these filter values (src/search/records.ts). */
  filtered: (filters: Partial<Record<'issuer' | 'year' | 'docType' | 'gazette', string>>) =>
    `search/?${new URLSearchParams(filters)}`,
  snapshot: (issueId: string) => `snapshots/${fileStem(issueId)}.zip`,
  /**
   * The issue's printed PDF, in its folder and named like its snapshot (nanming/2020/4/
   * nanming-2020-4.pdf): a name no page of the issue can take (its documents are numbered
   * folders, its data issue.json and source.txt), in the site and in the snapshot's data/.
   */
  printed: (issueId: string) => `${issueId}/${printedName(issueId)}`,
};

/** An issue's files named after it, its snapshot and its printed PDF: nanming/2020/4 → nanming-2020-4. */
export const fileStem = (issueId: string) => issueId.replaceAll('/', '-');

/** The file name of an issue's printed PDF, in the site and in its snapshot's data/. */
export const printedName = (issueId: string) => `${fileStem(issueId)}.pdf`;

/** The absolute URL of a site path, for feeds and metadata that leave the site. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site).href;
}

/** Route parameters of an issue id (nanming/2020/4) or a document id (nanming/2020/4/1). */
export function routeParams(id: string): {
  gazette: string;
  year: string;
  number: string;
  order?: string;
} {
  const [gazette, year, number, order] = id.split('/') as [string, string, string, string?];
  return order === undefined ? { gazette, year, number } : { gazette, year, number, order };
}
