// The documents loader against a data store kept from run to run, as Astro keeps it: an
// unchanged document is reused, a changed or removed one is not, and the digest covers the
// renderer, so that a changed renderer never reuses old HTML.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, LoaderContext, MetaStore } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  documentsLoader,
  entryDigest,
  rendererIdentity,
  splitDocument,
} from '../../src/render/loader.ts';

type Entry = ReturnType<DataStore['get']> & {};

const generateDigest = (data: Record<string, unknown> | string) =>
  createHash('sha256')
    .update(typeof data === 'string' ? data : JSON.stringify(data))
    .digest('hex');

/** A data store and meta store as Astro keeps them between runs, counting what is rendered. */
function storeContext(root: string) {
  const entries = new Map<string, Entry>();
  const metadata = new Map<string, string>();
  let stored = 0;
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      stored++;
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  } as unknown as DataStore;
  const meta = {
    get: (key: string) => metadata.get(key),
    set: (key: string, value: string) => void metadata.set(key, value),
  } as unknown as MetaStore;
  const context = {
    store,
    meta,
    generateDigest,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    config: { root: pathToFileURL(`${root}/`) },
  } as unknown as LoaderContext;
  return { entries, context, rendered: () => stored };
}

const documentFile = (id: string, body: string) => `---\nid: ${id}\norder: 1\n---\n\n${body}\n`;

describe('documentsLoader', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongbao-loader-'));
    mkdirSync(join(dir, 'a', '2020-1'), { recursive: true });
    writeFileSync(join(dir, 'a', '2020-1', '1.mdx'), documentFile('a/2020/1/1', '第一条'));
    writeFileSync(join(dir, 'a', '2020-1', '2.mdx'), documentFile('a/2020/1/2', '## 一、总则'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores each document with its frontmatter as data and its body as HTML', async () => {
    const { entries, context } = storeContext(dir);
    await documentsLoader({ base: dir, pattern: '**/*.mdx' }).load(context);
    expect(entries.get('a/2020/1/1')).toMatchObject({
      data: { id: 'a/2020/1/1', order: 1 },
      filePath: 'a/2020-1/1.mdx',
      rendered: { html: '<p>第一条</p>', metadata: { headings: [], docRefs: [] } },
    });
    expect(entries.get('a/2020/1/2')?.rendered?.metadata?.headings).toEqual([
      { depth: 2, slug: '一总则', text: '一、总则' },
    ]);
  });

  it('renders again only what changed, and drops what is gone', async () => {
    const { entries, context, rendered } = storeContext(dir);
    const loader = documentsLoader({ base: dir, pattern: '**/*.mdx' });
    await loader.load(context);
    await loader.load(context);
    expect(rendered()).toBe(2);
    writeFileSync(join(dir, 'a', '2020-1', '1.mdx'), documentFile('a/2020/1/1', '第二条'));
    rmSync(join(dir, 'a', '2020-1', '2.mdx'));
    await loader.load(context);
    expect(rendered()).toBe(3);
    expect([...entries.keys()]).toEqual(['a/2020/1/1']);
    expect(entries.get('a/2020/1/1')?.rendered?.html).toBe('<p>第二条</p>');
  });

  it('in astro dev, stores again what convert rewrites', async () => {
    const { entries, context } = storeContext(dir);
    const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
    await documentsLoader({ base: dir, pattern: '**/*.mdx' }).load({
      ...context,
      watcher,
      logger: { error: (message: string) => expect.fail(message) },
    } as unknown as LoaderContext);
    const file = join(dir, 'a', '2020-1', '1.mdx');
    writeFileSync(file, documentFile('a/2020/1/1', '第二条'));
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(entries.get('a/2020/1/1')?.rendered?.html).toBe('<p>第二条</p>'));
  });

  it("takes a digest that covers the renderer: its code and its libraries' versions", () => {
    const identity = rendererIdentity();
    expect(identity).toContain(JSON.stringify(readFileSync('src/render/body.ts', 'utf8')));
    expect(identity).toContain(JSON.stringify(readFileSync('src/render/loader.ts', 'utf8')));
    for (const library of ['satteri', 'github-slugger', 'js-yaml']) {
      const { version } = JSON.parse(
        readFileSync(join('node_modules', library, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(identity).toContain(JSON.stringify([library, version]));
    }
    const contents = documentFile('a/2020/1/1', '第一条');
    expect(entryDigest(identity, contents, generateDigest)).not.toBe(
      entryDigest(identity.replace('satteri', 'satteri-next'), contents, generateDigest),
    );
  });

  it('reads the frontmatter as Astro read it (js-yaml), a quoted date as a string', () => {
    expect(splitDocument('x.mdx', "---\ndate: '2020-08-06'\ntitle: 'yes'\n---\n\n正文\n")).toEqual({
      data: { date: '2020-08-06', title: 'yes' },
      body: '\n正文\n',
    });
  });
});
