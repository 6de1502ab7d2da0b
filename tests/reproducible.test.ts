// Reproducible builds: the same content built twice, in two directories, at two clock times,
// gives the same dist/ byte for byte — pages, data, search index and snapshots.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from './support/build-sites.ts';

const PROJECT = ['src', 'content', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function buildIn(dir: string): Map<string, Buffer> {
  for (const entry of PROJECT) {
    cpSync(entry, join(dir, entry), { recursive: true, filter: (src) => !src.includes(join('src', 'content', 'generated')) });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: dir, stdio: 'pipe', env: { ...cleanEnv(), OUT_DIR: 'dist' } });
  const out = join(dir, 'dist');
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(files.sort().map((f) => [f.slice(out.length + 1), readFileSync(f)]));
}

describe('a rebuild', () => {
  it('in another directory, a second later, is byte-identical', async () => {
    const first = buildIn(mkdtempSync(join(tmpdir(), 'gongbao-a-')));
    await sleep(1500);
    const second = buildIn(mkdtempSync(join(tmpdir(), 'gongbao-b-')));
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(100);
  }, 180_000);
});
