// Carrying unchanged output over from the published site (scripts/build/carry.ts): an output is
// kept where the site holds it only when the site holds exactly the cache's files (by content), all of an
// issue's outputs or none; the moves into the new site are put back when a publish is cut short.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cached, holds } from '../../scripts/build/cache.ts';
import { CarryOver, carriedPublished, moveCarried, putBack } from '../../scripts/build/carry.ts';
import { runTasks } from '../../scripts/build/runner.ts';
import { scratch } from '../../scripts/build/scratch.ts';

const KEY = `test/carry/${process.pid}/${Date.now()}`;
const folder = () => mkdtempSync(join(tmpdir(), 'gongbao-carry-'));

/** An issue's pages as a step writes them: a folder of its own under the site. */
function issuePages(text: string): string {
  const dir = folder();
  mkdirSync(join(dir, 'g', '2020', '4', '1'), { recursive: true });
  writeFileSync(join(dir, 'g', '2020', '4', 'index.html'), text);
  writeFileSync(join(dir, 'g', '2020', '4', '1', 'index.html'), `${text} 1`);
  return dir;
}

/** A site that holds the cached pages of (KEY + suffix), put there by the cache. */
async function publishedSite(suffix: string, inputs = 'inputs-1'): Promise<string> {
  const site = folder();
  await cached('issue-pages', KEY + suffix, inputs, site, async () => issuePages('one'));
  return site;
}

describe('carrying output over from the published site', () => {
  it('holds an output only where the site has exactly the cache’s files, and nothing else', async () => {
    const site = await publishedSite('a');
    expect(holds('issue-pages', `${KEY}a`, 'inputs-1', site, 'g/2020/4')).toBe(true);
    // Other inputs: not what the cache holds for them.
    expect(holds('issue-pages', `${KEY}a`, 'inputs-2', site, 'g/2020/4')).toBe(false);
    // A unit that does not hold all of the entry.
    const again = await publishedSite('b');
    expect(holds('issue-pages', `${KEY}b`, 'inputs-1', again, 'g/2020/4/1')).toBe(false);

    // Copies of the cache's files (a site restored from a backup): held, their content being the
    // cache's; not once a file is altered.
    const copied = folder();
    cpSync(again, copied, { recursive: true });
    expect(holds('issue-pages', `${KEY}b`, 'inputs-1', copied, 'g/2020/4')).toBe(true);
    writeFileSync(join(copied, 'g', '2020', '4', '1', 'index.html'), 'one 2');
    expect(holds('issue-pages', `${KEY}b`, 'inputs-1', copied, 'g/2020/4')).toBe(false);

    // A file more than the cache's: the new site would differ from a clean build's.
    const extra = await publishedSite('c');
    writeFileSync(join(extra, 'g', '2020', '4', 'notes.txt'), 'hand-made');
    expect(holds('issue-pages', `${KEY}c`, 'inputs-1', extra, 'g/2020/4')).toBe(false);

    // A file missing.
    const missing = await publishedSite('d');
    rmSync(join(missing, 'g', '2020', '4', '1', 'index.html'));
    expect(holds('issue-pages', `${KEY}d`, 'inputs-1', missing, 'g/2020/4')).toBe(false);
  });

  it('takes an issue’s outputs all or none, and only from a site that exists', async () => {
    const site = await publishedSite('e');
    const over = new CarryOver(site);
    const pages = { kind: 'issue-pages' as const, key: `${KEY}e`, unit: 'g/2020/4' };
    // The second output (its snapshot) is not held: the first is not taken either.
    expect(
      over.take([
        { ...pages, inputs: () => 'inputs-1' },
        { kind: 'snapshot', key: `${KEY}e`, unit: 'snapshots/g-2020-4.zip', inputs: () => 'x' },
      ]),
    ).toBe(false);
    expect(over.units.size).toBe(0);
    expect(over.take([{ ...pages, inputs: () => 'inputs-1' }])).toBe(true);
    expect(over.has('g/2020/4')).toBe(true);
    expect(new CarryOver(join(site, 'gone')).take([{ ...pages, inputs: () => 'inputs-1' }])).toBe(
      false,
    );
  });

  it('moves the carried units into the new site, and puts them back when the publish is cut short', () => {
    const [published, ready] = [folder(), folder()];
    mkdirSync(join(published, 'g', '2020', '4'), { recursive: true });
    writeFileSync(join(published, 'g', '2020', '4', 'index.html'), 'page');
    mkdirSync(join(published, 'snapshots'));
    writeFileSync(join(published, 'snapshots', 'g-2020-4.zip'), 'zip');
    const units = new Set(['g/2020/4', 'snapshots/g-2020-4.zip']);

    moveCarried(units, published, ready);
    expect(readFileSync(join(ready, 'g', '2020', '4', 'index.html'), 'utf8')).toBe('page');
    expect(existsSync(join(published, 'g', '2020', '4'))).toBe(false);
    // Killed here: the next build (or the stop) puts them back before removing the new site.
    expect(existsSync(scratch.carried)).toBe(true);
    putBack();
    expect(readFileSync(join(published, 'g', '2020', '4', 'index.html'), 'utf8')).toBe('page');
    expect(readFileSync(join(published, 'snapshots', 'g-2020-4.zip'), 'utf8')).toBe('zip');
    expect(existsSync(join(ready, 'g', '2020', '4'))).toBe(false);
    expect(existsSync(scratch.carried)).toBe(false);

    // Published: nothing to put back.
    moveCarried(units, published, ready);
    carriedPublished();
    putBack();
    expect(existsSync(join(ready, 'g', '2020', '4', 'index.html'))).toBe(true);
  });

  it('moves nothing when a unit is not there, or the new site has it already', () => {
    const [published, ready] = [folder(), folder()];
    mkdirSync(join(published, 'a'));
    mkdirSync(join(ready, 'b'), { recursive: true });
    mkdirSync(join(published, 'b'));
    expect(() => moveCarried(new Set(['a', 'b']), published, ready)).toThrow(
      /b: cannot be carried/,
    );
    expect(existsSync(join(published, 'a'))).toBe(true);
    expect(() => moveCarried(new Set(['a', 'c']), published, ready)).toThrow(
      /c: cannot be carried/,
    );
    expect(existsSync(scratch.carried)).toBe(false);
  });

  it('lets the runner keep a task’s output where the site holds it, without running the task', async () => {
    // A search bundle: its entry's paths are relative to its own folder, pagefind-1 of the site.
    const site = folder();
    const bundle = async () => {
      const dir = folder();
      writeFileSync(join(dir, 'pagefind-entry.json'), '{}');
      return dir;
    };
    await cached('pagefind', `${KEY}f`, 'inputs-1', join(site, 'pagefind-1'), bundle);
    let runs = 0;
    const task = (inputs: string, over: CarryOver) => ({
      id: 'search:shard-1',
      cache: {
        kind: 'pagefind' as const,
        key: `${KEY}f`,
        inputs: () => inputs,
        into: folder(),
        carry: { over, unit: 'pagefind-1' },
      },
      run: async () => {
        runs++;
        return bundle();
      },
    });
    const kept = new CarryOver(site);
    expect((await runTasks([task('inputs-1', kept)], 1)).reused).toEqual(['search:shard-1']);
    expect(runs).toBe(0);
    expect(kept.has('pagefind-1')).toBe(true);
    // Other inputs: made, not carried.
    const changed = new CarryOver(site);
    expect((await runTasks([task('inputs-2', changed)], 1)).reused).toEqual([]);
    expect(runs).toBe(1);
    expect(changed.units.size).toBe(0);
  });
});
