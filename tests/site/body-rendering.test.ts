// The document bodies rendered in the content layer (src/render/) against the module-per-document
// rendering they replace (@astrojs/mdx compiling each document into a module, with the
// components Gbt and DocRef; tests/support/module-per-document/): the same site built both ways
// — the samples (nanming/2020-4 with the hostile lines of tests/support/hostileIssue.ts, whose
// quotes and brackets each rendering escapes by its own rule), the corpus of real issues, and a
// copy of one issue under a second gazette, in shards small enough that 发文字号 links cross
// shards — gives every page byte for byte.
import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { expectSame, run, tree } from '../support/dist.ts';
import { writeCorpusContent } from '../support/corpus-content.ts';
import { hostileIssue, SAMPLE } from '../support/hostileIssue.ts';

const REFERENCE = 'tests/support/module-per-document';

/** The samples, hostile, the corpus (tests/support/corpus-content.ts) and kundulun2, a copy of kundulun/2017-1. */
function projectWithCorpus(prefix: string): string {
  const dir = projectCopy(prefix, { withContent: true });
  writeFileSync(join(dir, SAMPLE), hostileIssue(readFileSync(SAMPLE, 'utf8')));
  writeCorpusContent(dir);
  cpSync(join(dir, 'content', 'kundulun'), join(dir, 'content', 'kundulun2'), { recursive: true });
  // A gazette of its own, under a name of its own (two gazettes of one name are refused).
  writeFileSync(
    join(dir, 'content', 'kundulun2', '2017-1.fix.yaml'),
    'issue:\n  gazette: 昆都仑区人民政府公报（副本）\n',
  );
  return dir;
}

function buildPages(dir: string): Map<string, Buffer> {
  run(dir, ['scripts/convert.ts']);
  run(dir, ['scripts/pages.ts'], { OUT_DIR: 'dist', SHARD_DOCUMENTS: '40' });
  return tree(join(dir, 'dist'));
}

/** The document modules a shard's Astro run compiled (none when the bodies come from the data store). */
const contentModules = (dir: string) =>
  readFileSync(join(dir, '.cache/astro/shard-0/.astro/content-modules.mjs'), 'utf8').match(/\.mdx/g)
    ?.length ?? 0;

describe('document bodies rendered in the content layer', () => {
  it('give every page of the module-per-document rendering, byte for byte', () => {
    const layer = projectWithCorpus('gongbao-layer-');
    const modules = projectWithCorpus('gongbao-modules-');
    onTestFinished(() => {
      for (const dir of [layer, modules]) rmSync(dir, { recursive: true, force: true });
    });
    copyFileSync(join(REFERENCE, 'loader.ts'), join(modules, 'src/render/loader.ts'));
    for (const component of ['DocumentBody.astro', 'Gbt.astro'])
      copyFileSync(join(REFERENCE, component), join(modules, 'src/components', component));

    const built = buildPages(layer);
    const reference = buildPages(modules);

    // Two renderings indeed: one compiled a module a document, the other none.
    expect(contentModules(layer)).toBe(0);
    expect(contentModules(modules)).toBeGreaterThan(10);
    const documentPages = [...built.keys()].filter((f) => /\/\d+\/\d+\/\d+\/index\.html$/.test(f));
    const documents = readdirSync(join(layer, 'src/content/generated/documents'), {
      recursive: true,
      encoding: 'utf8',
    }).filter((f) => f.endsWith('.mdx'));
    expect(documentPages).toHaveLength(documents.length);
    expect(documents.length).toBeGreaterThan(70);
    expectSame(reference, built);
    // A 发文目录 entry links its document once (kundulun/2017/1/5 to kundulun2, another shard).
    const listing = built.get('kundulun/2017/1/5/index.html')!.toString();
    expect(listing).toContain('<a href="/kundulun2/2017/1/1/">▲关于印发');
  }, 900_000);
});
