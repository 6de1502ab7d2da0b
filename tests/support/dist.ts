// Reading a built site from disk: its pages, as cheerio documents, by site path; every file,
// to compare two builds byte for byte; running a script of a project copy, and what a build
// says it made.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { expect } from 'vitest';
import { cleanEnv } from './build-sites.ts';

/** Every file of a built site (or any folder), by path, with its bytes. */
export function tree(out: string): Map<string, Buffer> {
  const files = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  return new Map(files.sort().map((f) => [f.slice(out.length + 1), readFileSync(f)]));
}

/** The same files with the same bytes. */
export function expectSame(first: Map<string, Buffer>, second: Map<string, Buffer>): void {
  expect([...second.keys()]).toEqual([...first.keys()]);
  const differing = [...first]
    .filter(([file, bytes]) => !bytes.equals(second.get(file)!))
    .map(([file]) => file);
  expect(differing).toEqual([]);
  expect(first.size).toBeGreaterThan(100);
}

/** Runs `node <args>` in a project copy, outside vitest's environment; returns its output. */
export function run(dir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, args, {
    cwd: dir,
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env },
  });
}

/**
 * What a build says it made of the pages and the search index: [issues' pages made, of them by
 * the site run, shards' Astro runs, issues' pages reused, search bundles made, reused].
 */
export const madeBy = (log: string): number[] =>
  /期次页面新生成 (\d+) 期（(\d+) 期随全站运行生成，其余由 (\d+) 次分片 Astro 运行生成），(\d+) 期取自构建缓存；搜索分包新生成 (\d+) 个，(\d+) 个取自/
    .exec(log)!
    .slice(1)
    .map(Number);

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The file a site path is served from ('nanming/2020/4/' → …/nanming/2020/4/index.html). */
export function fileFor(dir: string, sitePath: string): string | null {
  const path = join(dir, decodeURIComponent(sitePath.split(/[?#]/)[0]!));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

export function page(dir: string, sitePath: string): CheerioAPI {
  const file = fileFor(dir, sitePath);
  if (!file) throw new Error(`no page at ${sitePath} in ${dir}`);
  return load(readFileSync(file, 'utf8'));
}
