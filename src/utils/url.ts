// Every internal link goes through here, so that the site works under any base path
// ("/" or "/gongbao/") and from any static host.

/** The site's base path, always with a trailing slash. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** A path inside the site: href('nanming/2020/4/') → '/gongbao/nanming/2020/4/'. */
export function href(path = '', base?: string): string {
  return basePath(base) + path.replace(/^\//, '');
}

/** Path segments that may hold Chinese (issuing bodies, 文种) are percent-encoded in links. */
export const paths = {
  gazette: (slug: string) => `${slug}/`,
  issue: (id: string) => `${id}/`,
  document: (id: string) => `${id}/`,
  organ: (name: string) => `organs/${encodeURIComponent(name)}/`,
  docType: (type: string) => `types/${encodeURIComponent(type)}/`,
  search: (query?: string) => (query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
  snapshot: (issueId: string) => `snapshots/${issueId.replaceAll('/', '-')}.zip`,
};

/** The absolute URL of a site path, for feeds and metadata that leave the site. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site).href;
}

/** Route parameters of an issue id (nanming/2020/4) or a document id (nanming/2020/4/1). */
export function routeParams(id: string): { gazette: string; year: string; number: string; order?: string } {
  const [gazette, year, number, order] = id.split('/') as [string, string, string, string?];
  return order === undefined ? { gazette, year, number } : { gazette, year, number, order };
}
