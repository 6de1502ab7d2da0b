// Every top-level name of a built site is a gazette's or one that convert refuses as a gazette
// folder (scripts/lib/reserved.ts): a page, asset or output the site gains later cannot be
// replaced by a gazette of the same name without this test naming it.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reservedName } from '../../scripts/lib/reserved.ts';
import { SITES } from '../support/sites.ts';

const gazettes = readdirSync('content', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe.each(Object.values(SITES))('the site built at $base', ({ dir }) => {
  it("has at its top only gazettes and the site's own names", () => {
    const names = readdirSync(dir);
    expect(names.filter((n) => !gazettes.includes(n) && !reservedName(n))).toEqual([]);
    expect(names.filter((n) => gazettes.includes(n)).sort()).toEqual([...gazettes].sort());
  });
});
