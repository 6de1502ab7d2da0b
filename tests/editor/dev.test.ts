// npm run dev and npm run preview as a web team uses them: a correction saved while dev runs is
// converted at once; preview serves the build at its base path.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectWith } from '../support/editor-project.ts';

async function until<T>(read: () => T | undefined, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill()));

describe('npm run dev', () => {
  it('converts a corrections file again as soon as it is saved', async () => {
    const dir = projectWith(['kundulun']);
    const dev = spawn(process.execPath, ['scripts/dev.ts', '--no-server'], {
      cwd: dir,
      stdio: 'pipe',
    });
    children.push(dev);
    const issue = join(dir, 'src/content/generated/issues/kundulun/2017-1.json');
    const item2Date = () => {
      if (!existsSync(issue)) return undefined;
      return JSON.parse(readFileSync(issue, 'utf8')).documents[1].date as string | null;
    };
    expect(await until(item2Date)).toBeNull();
    // Give the watcher its start, then save a correction of item 2's 成文日期.
    await new Promise((r) => setTimeout(r, 1000));
    const fix = join(dir, 'content/kundulun/2017-1.fix.yaml');
    writeFileSync(
      fix,
      readFileSync(fix, 'utf8') + '  昆政办发〔2017〕115号:\n    date: 2017-12-01\n',
    );
    expect(await until(() => (item2Date() === '2017-12-01' ? true : undefined))).toBe(true);
  }, 120_000);
});

describe('npm run preview', () => {
  it('serves OUT_DIR at BASE_PATH, and nothing outside it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gongbao-preview-'));
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>公报</title>');
    const preview = spawn(process.execPath, ['scripts/preview.ts', '--port', '0'], {
      env: { ...process.env, OUT_DIR: out, BASE_PATH: '/gongbao' },
      stdio: 'pipe',
    });
    children.push(preview);
    let stdout = '';
    preview.stdout.on('data', (b) => (stdout += b));
    const url = await until(() => /http:\/\/127\.0\.0\.1:\d+\/gongbao\//.exec(stdout)?.[0]);
    const page = await fetch(url);
    expect([page.status, await page.text()]).toEqual([200, '<!doctype html><title>公报</title>']);
    expect((await fetch(new URL('/index.html', url))).status).toBe(404);
    // A second preview on the same port says so and ends, instead of a stack trace.
    const second = spawnSync(
      process.execPath,
      ['scripts/preview.ts', '--port', new URL(url).port],
      { env: { ...process.env, OUT_DIR: out }, encoding: 'utf8' },
    );
    expect(second.status).toBe(1);
    expect(second.stderr).not.toMatch(/\bat /);
    expect(second.stderr).toContain(new URL(url).port);
  }, 60_000);
});
