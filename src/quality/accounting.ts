// Nothing lost: every non-whitespace character of the input must reappear, on its own line's
// side of the output — in a document's body or in the issue's matter (cover, TOC, imprint).
// Markdown markers the converter added (** < > "- ") count as accounted for, as markup.
import { toString } from 'mdast-util-to-string';
import type { ParseResult } from '../parser/index.ts';
import { readLines } from '../parser/markup.ts';
import { decodeSource } from '../parser/source.ts';

export interface Account {
  total: number;
  accounted: number;
  percent: number;
  /** Characters of the input found nowhere in the output, by input line. */
  missing: Array<{ line: number; chars: string }>;
}

const visible = (s: string) => [...s.replace(/\s/gu, '')];

export function accountFor(bytes: Uint8Array, result: ParseResult): Account {
  const source = decodeSource(result.issue.source.path, bytes);
  const lines = readLines(source.lines);
  const regions = [
    ...result.issue.matter.map((m) => ({ range: m.sourceLines, text: m.text })),
    ...result.documents.map((d) => ({ range: d.sourceLines, text: toString(d.body) })),
  ];
  let total = 0;
  let accounted = 0;
  const missing: Account['missing'] = [];
  const owner = (no: number) => regions.find((r) => r.range[0] <= no && no <= r.range[1]);
  const pools = new Map<object, Map<string, number>>();
  for (const line of lines) {
    const chars = visible(line.text);
    total += chars.length + line.markup;
    accounted += line.markup;
    const region = owner(line.no);
    if (region && !pools.has(region)) pools.set(region, countChars(visible(region.text)));
    const pool = region ? pools.get(region)! : new Map<string, number>();
    const lost: string[] = [];
    for (const c of chars) {
      const n = pool.get(c) ?? 0;
      if (n > 0) {
        pool.set(c, n - 1);
        accounted++;
      } else lost.push(c);
    }
    if (lost.length > 0) missing.push({ line: line.no, chars: lost.join('') });
  }
  return { total, accounted, percent: total === 0 ? 100 : (accounted / total) * 100, missing };
}

function countChars(chars: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}
