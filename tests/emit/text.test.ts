// A document's plain text (what search indexes): one line per block, a table row a line,
// every character of the body kept.
import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/emit/text.ts';
import { parseIssue } from '../../src/parser/index.ts';

const { documents } = parseIssue(
  'content/qingxin/2018-3.txt',
  readFileSync('content/qingxin/2018-3.txt'),
);
const doc = documents.find((d) => d.id === 'qingxin/2018/3/4')!;

describe('documentText', () => {
  const lines = documentText(doc.body).split('\n');

  it('has a line a block, in order: the title and number first', () => {
    expect(lines.slice(0, 3)).toEqual([
      doc.title,
      '清新府办〔2018〕40号',
      '各镇人民政府，区政府有关部门、有关直属机构：',
    ]);
    expect(lines.every((line) => line.length > 0 && line === line.trim())).toBe(true);
  });

  it('puts a table row on one line, its cells apart', () => {
    expect(lines).toContain('序号 公厕名称 地址 改建（造） 建设计划');
  });

  it('keeps every character of every document of the issue', () => {
    for (const d of documents)
      expect(documentText(d.body).replace(/\s/g, '')).toBe(toString(d.body).replace(/\s/g, ''));
  });

  // gwygb-2019-1: pdftotext left each page's number and running header between the paragraphs.
  it('leaves out the printed page’s lines, a page number and a running header', () => {
    const path = 'tests/corpus/gwygb-2019-1/2019-1.txt';
    const texts = parseIssue(path, readFileSync(path)).documents.map((d) => documentText(d.body));
    expect(texts.some((t) => t.includes('个人取得的所得'))).toBe(true);
    expect(texts.filter((t) => /^(?:— \d+ —|国务院公报 2019\.1)$/m.test(t))).toEqual([]);
  });
});
