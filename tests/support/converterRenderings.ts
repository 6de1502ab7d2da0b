// Renders one clean corpus issue the way three converters write it, so that the corpus holds the
// same documents as pdftotext, a Word "save as text" and a layout-aware markdown converter give
// them. The renderings are committed as data (each corpus issue's SOURCES.md says how it was
// made); this script is kept so that they can be made again and checked:
//
//   node tests/support/converterRenderings.ts <clean.txt> <plan.json> <outDir>
//
// plan.json: { "linesPerPage": number, "firstPage": number, "headings": { "<line text>": level },
//              "quoteCitesOn": "<text of the lines whose 〔〕 Word turns into „‟>" }
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

interface Plan {
  linesPerPage: number;
  firstPage: number;
  headings: Record<string, number>;
  quoteCitesOn: string;
}

const pages = (lines: string[], size: number): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < lines.length; i += size) out.push(lines.slice(i, i + size));
  return out;
};

/** pdftotext (poppler): every page ends with its printed page number and a form feed. */
function pdftotext(text: string, plan: Plan): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return pages(lines, plan.linesPerPage)
    .map((page, i) => `${page.join('\n')}\n\n— ${plan.firstPage + i} —\n\f`)
    .join('');
}

/** Word's plain-text export: CRLF, a `第 N 页 共 M 页` footer after every page, and Word's
 * „…‟ for the 〔〕 of the numbers cited on the given lines. */
function wordExport(text: string, plan: Plan): string {
  const lines = text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) =>
      plan.quoteCitesOn && line.includes(plan.quoteCitesOn)
        ? line.replace(/〔(\d{4})〕/g, '„$1‟')
        : line,
    );
  const all = pages(lines, plan.linesPerPage);
  return all
    .map((page, i) => [...page, '', `第 ${i + 1} 页 共 ${all.length} 页`, ''].join('\r\n'))
    .join('\r\n');
}

/** A layout-aware converter's markdown: headings by font size (the plan names them), the TOC
 * (from 目录 to the first body heading) as a `-` list, tab-separated rows as a pipe table. */
function markdown(text: string, plan: Plan): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let inToc = false;
  let tableRows = 0;
  for (const line of lines) {
    const level = plan.headings[line];
    if (/^目\s*录$/.test(line)) {
      inToc = true;
      out.push(`## ${line}`, '');
      continue;
    }
    if (inToc && line === '') {
      inToc = false;
      out.push('');
      continue;
    }
    if (inToc) {
      out.push(`- ${line}`);
      continue;
    }
    if (line.includes('\t')) {
      const cells = line.split('\t');
      out.push(`| ${cells.join(' | ')} |`);
      if (tableRows++ === 0) out.push(`|${cells.map(() => ' --- ').join('|')}|`);
      continue;
    }
    tableRows = 0;
    if (level) out.push(`${'#'.repeat(level)} ${line}`, '');
    else if (line !== '') out.push(line, '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

const [source, planFile, outDir] = process.argv.slice(2);
if (source && planFile && outDir) {
  const text = readFileSync(source, 'utf8');
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan;
  const name = basename(source);
  for (const [dir, render] of [
    ['pdftotext', pdftotext],
    ['word', wordExport],
    ['md', markdown],
  ] as const) {
    mkdirSync(join(outDir, dir), { recursive: true });
    writeFileSync(join(outDir, dir, name), render(text, plan));
  }
}
