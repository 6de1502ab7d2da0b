// Reading a built site from disk: its pages, as cheerio documents, by site path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
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
