// A synthetic archive for the benchmarks: the sample issues' real text, replicated under
// distinct gazettes, years and numbers (only the cover's year and 第N期 are rewritten, so that
// every copy is an issue of its own; a correction names each gazette).
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseIssue } from '../../src/parser/index.ts';

const PROJECT = [
  'src',
  'content',
  'scripts',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
const ISSUES_PER_GAZETTE = 24;
const COVER_LINES = 60;

/** A copy of the project in a temporary folder, sharing node_modules; without the sample content unless asked. */
export function projectCopy(prefix: string, { withContent = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT) {
    cpSync(entry, join(dir, entry), {
      recursive: true,
      filter: (src) =>
        !src.includes(join('src', 'content', 'generated')) &&
        (withContent || !src.startsWith('content/')),
    });
  }
  mkdirSync(join(dir, 'content'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Rewrites the year and issue number printed on the cover (the first lines), nothing else. */
export function renumber(text: string, year: number, number: number): string {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(COVER_LINES, lines.length); i++) {
    lines[i] = lines[i]!.replace(/(?<!\d)(?:19|20)\d{2}(?=\s*年\s*第|\s*$)/g, String(year)).replace(
      /(?<!总)第\s*0*\d{1,3}\s*期/g,
      `第${number}期`,
    );
  }
  return lines.join('\n');
}

export interface Archive {
  issues: number;
  documents: number;
}

/** Writes issues into content/ until the archive holds at least `documents` documents. */
export function writeArchive(dir: string, documents: number): Archive {
  const samples = readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join('content', f), 'utf8');
      return { text, count: parseIssue(f, new TextEncoder().encode(text)).documents.length };
    });
  let written = 0;
  let issues = 0;
  while (written < documents) {
    const sample = samples[issues % samples.length]!;
    const gazette = `g${String(Math.floor(issues / ISSUES_PER_GAZETTE) + 1).padStart(3, '0')}`;
    const slot = issues % ISSUES_PER_GAZETTE;
    const year = 2001 + Math.floor(slot / 6);
    const number = (slot % 6) + 1;
    mkdirSync(join(dir, 'content', gazette), { recursive: true });
    writeFileSync(
      join(dir, 'content', gazette, `${year}-${number}.txt`),
      renumber(sample.text, year, number),
    );
    // Each gazette a name of its own, as a real archive's (two gazettes of one name are refused).
    writeFileSync(
      join(dir, 'content', gazette, `${year}-${number}.fix.yaml`),
      `issue:\n  gazette: 合成公报${gazette}\n`,
    );
    written += sample.count;
    issues++;
  }
  return { issues, documents: written };
}
