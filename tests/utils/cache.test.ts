// The build cache (scripts/build/cache.ts) reuses an output only when its inputs are the same and
// its files are intact: a stale or corrupt entry is rebuilt, never trusted.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeHash, sha256, type Step } from '../../scripts/build/keys.ts';
import { cached, restore } from '../../scripts/build/cache.ts';

const KEY = `test/${process.pid}/${Date.now()}`;
const folder = () => mkdtempSync(join(tmpdir(), 'gongbao-cache-'));

/** An output of two files, as a step writes it. */
function output(text: string): string {
  const dir = folder();
  mkdirSync(join(dir, 'snapshots'));
  writeFileSync(join(dir, 'snapshots', 'a.zip'), text);
  writeFileSync(join(dir, 'b.txt'), 'b');
  return dir;
}

describe('the build cache', () => {
  it('hashes the list of parts, not their concatenation', () => {
    expect(sha256('ab', 'c')).not.toBe(sha256('a', 'bc'));
    expect(sha256('a', new TextEncoder().encode('b'))).toBe(sha256('a', 'b'));
  });

  it('builds once, then reuses while the inputs are the same; rebuilds when they change or a file is altered', async () => {
    let builds = 0;
    const build = (text: string) => async () => {
      builds++;
      return output(text);
    };
    const first = folder();
    expect(await cached('snapshot', KEY, 'inputs-1', first, build('one'))).toBe('built');
    expect(readFileSync(join(first, 'snapshots', 'a.zip'), 'utf8')).toBe('one');
    const second = folder();
    expect(await cached('snapshot', KEY, 'inputs-1', second, build('never'))).toBe('reused');
    expect(readdirSync(second, { recursive: true }).sort()).toEqual([
      'b.txt',
      'snapshots',
      join('snapshots', 'a.zip'),
    ]);
    expect(readFileSync(join(second, 'snapshots', 'a.zip'), 'utf8')).toBe('one');
    expect(builds).toBe(1);

    // Other inputs: stale, rebuilt.
    expect(await cached('snapshot', KEY, 'inputs-2', folder(), build('two'))).toBe('built');
    expect(await restore('snapshot', KEY, 'inputs-1', folder())).toBe(false);

    // A cached file altered on disk: corrupt, rebuilt.
    expect(await cached('snapshot', KEY, 'inputs-2', folder(), build('two'))).toBe('built');
    const entries = join('.cache', 'build', 'snapshot');
    const entry = readdirSync(entries)
      .map((e) => join(entries, e))
      .find((e) => readFileSync(join(e, 'manifest.json'), 'utf8').includes(KEY))!;
    writeFileSync(join(entry, 'files', 'snapshots', 'a.zip'), 'forged');
    const third = folder();
    expect(await restore('snapshot', KEY, 'inputs-2', third)).toBe(false);
    expect(readdirSync(third)).toEqual([]);
    expect(builds).toBe(3);
  });

  it('keeps, when pruned, only the entries the build used, and no kind an earlier version kept', () => {
    // In a folder of its own: pruning empties the cache of the folder it runs in.
    const dir = folder();
    const script = `
      import { mkdirSync, writeFileSync } from 'node:fs';
      import { keep, prune } from ${JSON.stringify(resolve('scripts/build/cache.ts'))};
      for (const id of ['a/2020/1', 'a/2020/2']) {
        mkdirSync('out/' + id, { recursive: true });
        writeFileSync('out/' + id + '/index.html', id);
        await keep('issue-pages', id, 'inputs', 'out', 'dist');
      }
      mkdirSync('.cache/build/pages/0123', { recursive: true });
      prune({ 'issue-pages': ['a/2020/1'], 'gazette-pages': [], pagefind: [], snapshot: [] });
    `;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
    const left = readdirSync(join(dir, '.cache', 'build'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html'))
      .map((f) => readFileSync(join(dir, '.cache', 'build', f), 'utf8'));
    expect(left).toEqual(['a/2020/1']);
    expect(readdirSync(join(dir, '.cache', 'build'))).toEqual(['issue-pages']);
    // Both were put in place before the prune.
    expect(readFileSync(join(dir, 'dist', 'a', '2020', '2', 'index.html'), 'utf8')).toBe(
      'a/2020/2',
    );
  });
});

describe("a step's code key", () => {
  const STEPS: Step[] = ['convert', 'pages', 'search', 'snapshot'];
  /** A copy of the project's code, changed by `change`; its key for every step. */
  const keysAfter = (change: (dir: string) => void = () => {}) => {
    const dir = folder();
    for (const part of [
      'src',
      'scripts',
      'public',
      'astro.config.mjs',
      'package.json',
      'package-lock.json',
    ])
      cpSync(part, join(dir, part), {
        recursive: true,
        filter: (src) => !src.includes(join('src', 'content', 'generated')),
      });
    change(dir);
    return Object.fromEntries(STEPS.map((step) => [step, codeHash(step, dir)]));
  };
  /** The steps whose key differs from the unchanged project's. */
  const invalidated = (change: (dir: string) => void) => {
    const [before, after] = [keysAfter(), keysAfter(change)];
    return STEPS.filter((step) => before[step] !== after[step]);
  };
  /** A new locked version of a package, as `npm update` writes it. */
  const update = (name: string) => (dir: string) => {
    const file = join(dir, 'package-lock.json');
    const lock = JSON.parse(readFileSync(file, 'utf8'));
    lock.packages[`node_modules/${name}`].version += '-next';
    writeFileSync(file, JSON.stringify(lock));
  };
  const append = (file: string) => (dir: string) =>
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n// edited\n`);

  it('changes with a library exactly for the steps whose code imports it', () => {
    // The MDX compiler convert checks each document with and the pages render it with.
    expect(invalidated(update('satteri'))).toEqual(['convert', 'pages']);
    expect(invalidated(update('pagefind'))).toEqual(['search']);
    // A library that only a library of one step depends on.
    expect(invalidated(update('@pagefind/linux-x64'))).toEqual(['search']);
    expect(invalidated(update('piscina'))).toEqual(['convert']);
  });

  it('changes with the code a step reaches, and not with a benchmark or a command no step runs', () => {
    // The data contract and the editor's files reach convert's output (issue 22); the search
    // index and the snapshots take only its types.
    expect(invalidated(append('src/schema.ts'))).toEqual(['convert', 'pages']);
    expect(invalidated(append('scripts/lib/editorial.ts'))).toEqual(['convert']);
    expect(invalidated(append('src/snapshot/relink.ts'))).toEqual(['pages', 'snapshot']);
    expect(invalidated(append('scripts/bench/bench.ts'))).toEqual([]);
    expect(invalidated(append('scripts/bench/hugo.ts'))).toEqual([]);
    expect(invalidated(append('scripts/verify.ts'))).toEqual([]);
  });
});
