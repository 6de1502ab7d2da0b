// Reproducible builds: the same content built twice, in two directories, at two clock times,
// gives the same dist/ byte for byte — pages, data, search index and snapshots.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../scripts/lib/archive.ts';
import { cleanEnv } from './support/build-sites.ts';

function buildIn(dir: string): Map<string, Buffer> {
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: dir, stdio: 'pipe', env: { ...cleanEnv(), OUT_DIR: 'dist' } });
  const out = join(dir, 'dist');
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(files.sort().map((f) => [f.slice(out.length + 1), readFileSync(f)]));
}

describe('a rebuild', () => {
  it('in another directory, a second later, is byte-identical', async () => {
    const first = buildIn(projectCopy('gongbao-a-', { withContent: true }));
    await sleep(1500);
    const second = buildIn(projectCopy('gongbao-b-', { withContent: true }));
    expect([...second.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(100);
  }, 180_000);
});
