// Moving output into OUT_DIR when OUT_DIR is on another file system than the project (a tmpfs,
// another disk): a rename cannot cross (EXDEV), so the move copies, and the target still
// appears whole, under its own name, with the source gone.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeInto, rename, stagingFolder } from '../../scripts/lib/move.ts';

const exdev = () =>
  Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });

/** A folder with a page and a nested asset. */
function output(dir: string): string {
  mkdirSync(join(dir, '_astro'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<p>公报</p>');
  writeFileSync(join(dir, '_astro', 'a.css'), 'p{}');
  return dir;
}

describe('moving output across file systems', () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'gongbao-move-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies when a rename fails with EXDEV, and the copy is put in place by a rename', () => {
    const from = output(join(dir, 'cache', 'ready'));
    const to = join(dir, 'out', 'site');
    mkdirSync(join(dir, 'out'));
    const renames: Array<[string, string]> = [];
    rename(from, to, (a, b) => {
      renames.push([String(a), String(b)]);
      // The first rename crosses file systems; the copy's, beside the target, does not.
      if (renames.length === 1) throw exdev();
      renameSync(a, b);
    });
    expect(renames).toEqual([
      [from, to],
      [join(dir, 'out', '.site.copying'), to],
    ]);
    expect(readFileSync(join(to, 'index.html'), 'utf8')).toBe('<p>公报</p>');
    expect(readFileSync(join(to, '_astro', 'a.css'), 'utf8')).toBe('p{}');
    expect(existsSync(from)).toBe(false);
    expect(readdirSync(join(dir, 'out'))).toEqual(['site']);
  });

  it('lets any other failure through', () => {
    const from = output(join(dir, 'a'));
    expect(() =>
      rename(from, join(dir, 'b'), () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      }),
    ).toThrow('EACCES');
    expect(existsSync(from)).toBe(true);
  });

  // /dev/shm is a tmpfs on Linux: a real second file system, where the machine has one.
  const shm = '/dev/shm';
  const crossDevice = existsSync(shm) && statSync(shm).dev !== statSync(tmpdir()).dev;
  it.skipIf(!crossDevice)('merges a folder into one on another file system', () => {
    const from = output(join(dir, 'search'));
    const to = mkdtempSync(join(shm, 'gongbao-move-'));
    try {
      writeFileSync(join(to, 'kept.html'), 'kept');
      mergeInto(from, to);
      expect(readdirSync(to).sort()).toEqual(['_astro', 'index.html', 'kept.html']);
      expect(readFileSync(join(to, '_astro', 'a.css'), 'utf8')).toBe('p{}');
      expect(readdirSync(from)).toEqual([]);
    } finally {
      rmSync(to, { recursive: true, force: true });
    }
  });

  it.skipIf(!crossDevice)(
    'stages OUT_DIR beside it, or in the cache when OUT_DIR is on another file system',
    () => {
      expect(stagingFolder(resolve('dist'))).toBe(resolve('.dist.staging'));
      expect(stagingFolder(join(tmpdir(), 'a', 'site'))).toBe(join(tmpdir(), 'a', '.site.staging'));
      expect(stagingFolder(join(shm, 'not-yet', 'site'))).toBe(resolve('.cache', 'staging'));
    },
  );
});
