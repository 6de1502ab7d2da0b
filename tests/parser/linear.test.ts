// Every scanner of the parser is linear in its input (issue 26 item 12): one line of a few
// characters repeated over 3 MB, set into a document of a real sample issue, parses within
// seconds. Each shape below took minutes or hours when a scanner searched on to the end of the
// text once per bracket, date or marker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/parser/index.ts';

const PATH = 'content/nanming/2020-4.txt';
const SAMPLE = readFileSync(PATH, 'utf8').split('\n');
// Line 101 is the first paragraph of the sample's first notice (区教育文化户口簿工作方案).
const PARAGRAPH = 100;

function withLine(unit: string): Uint8Array {
  const line = unit.repeat(Math.ceil(3_000_000 / Buffer.byteLength(unit)));
  return Buffer.from(
    [...SAMPLE.slice(0, PARAGRAPH), line, '', ...SAMPLE.slice(PARAGRAPH)].join('\n'),
  );
}

describe('a 3 MB line of one shape repeated parses in under 5 s', () => {
  const plain = parseIssue(PATH, Buffer.from(SAMPLE.join('\n'))).documents.length;
  it.each([
    ['a bracketed year with no 号 after it', '〔2020〕'],
    ['a year in brackets inside words', '为（2020）年度'],
    ['a whole 发文字号', '南府办函〔2020〕47号'],
    ['brackets and numbers mixed', '（2020）1号〔2020〕第'],
    ['a date', '2020年1月1日'],
    ['emphasis markers', '**a'],
  ])('%s (%s)', (_, unit) => {
    const bytes = withLine(unit);
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const start = performance.now();
    const result = parseIssue(PATH, bytes);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(result.documents).toHaveLength(plain);
  });
});
