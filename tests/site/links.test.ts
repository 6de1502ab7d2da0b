// A crawler over the built site: every internal link and asset resolves to a file of the
// build, for the root and for a sub-path base, and no link leaves the base path.
import { describe, expect, it } from 'vitest';
import { fileFor, htmlFiles, page } from '../support/dist.ts';
import { SITE_URL, SITES } from '../support/sites.ts';

describe.each(Object.values(SITES))('links under base $base', ({ dir, base }) => {
  it('resolve, and stay inside the base path', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(dir)) {
      const $ = page(dir, file);
      const pageUrl = new URL(base + file.replace(/index\.html$/, ''), SITE_URL);
      $('a[href], link[href], script[src], img[src], form[action]').each((_, el) => {
        const ref = el.attribs.href ?? el.attribs.src ?? el.attribs.action!;
        const url = new URL(ref, pageUrl);
        if (url.origin !== SITE_URL) return; // an outside site, such as the ICP registry
        checked++;
        if (!url.pathname.startsWith(base)) broken.push(`${file}: ${ref} leaves the base path`);
        else if (!fileFor(dir, url.pathname.slice(base.length)))
          broken.push(`${file}: ${ref} is not in the build`);
      });
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
