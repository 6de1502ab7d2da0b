// pdftotext (poppler), the converter most teams have, ends every page with a form feed: the
// next page's first line begins with one, and the file ends with one. A form feed is a page
// break: the issue reads as it does without them, and each item knows the page it starts on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/parser/index.ts';
import { decodeSource } from '../../src/parser/source.ts';
import { accountFor } from '../../src/quality/accounting.ts';
import { CORPUS } from '../../scripts/lib/corpus.ts';
import { SAMPLES } from '../support/samples.ts';

const LINES_A_PAGE = 40;

/** The text as pdftotext pages it: a form feed before the first line of every page, and at the end. */
const paged = (text: string) =>
  `${text
    .split('\n')
    .map((line, i) => (i > 0 && i % LINES_A_PAGE === 0 ? `\f${line}` : line))
    .join('\n')}\f`;

const corpusIssues = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) =>
    readdirSync(join(CORPUS, e.name))
      .filter((f) => /^\d{4}-\d+\.txt$/.test(f))
      .map((f) => join(CORPUS, e.name, f)),
  );
const issues = [...SAMPLES.map((s) => `content/${s}.txt`), ...corpusIssues];

describe('a text with pdftotext’s form feeds', () => {
  it.each(issues)('%s parses to the same issue and documents', (path) => {
    const bytes = readFileSync(path);
    const plain = parseIssue(path, bytes);
    // Some corpus issues are GB18030; the paged copy is UTF-8 (the source's hash is its own).
    const pagedBytes = new TextEncoder().encode(paged(decodeSource(path, bytes).text));
    const withFeeds = parseIssue(path, pagedBytes);
    const withoutPage = (r: typeof plain) => r.documents.map(({ sourcePage: _page, ...d }) => d);
    expect(withoutPage(withFeeds)).toEqual(withoutPage(plain));
    expect({ ...withFeeds.issue, source: null }).toEqual({ ...plain.issue, source: null });
    expect(withFeeds.diagnostics).toEqual(plain.diagnostics);
    expect(accountFor(pagedBytes, withFeeds).missing).toEqual([]);
  });

  // The texts without feeds of their own; those with them (a corpus issue as pdftotext wrote it) below.
  const unpaged = issues.filter((path) => !readFileSync(path).includes(0x0c));
  it.each(unpaged)('%s: each item starts on the page its first line is on', (path) => {
    const text = decodeSource(path, readFileSync(path)).text;
    const { documents } = parseIssue(path, new TextEncoder().encode(paged(text)));
    expect(documents.map((d) => d.sourcePage)).toEqual(
      documents.map((d) => Math.floor((d.sourceLines[0] - 1) / LINES_A_PAGE) + 1),
    );
    expect(parseIssue(path, readFileSync(path)).documents.map((d) => d.sourcePage)).toEqual(
      documents.map(() => null),
    );
  });

  it('reads the pages of a corpus issue as pdftotext wrote it', () => {
    const paged = issues.filter((path) => readFileSync(path).includes(0x0c));
    expect(paged.length).toBeGreaterThan(0);
    for (const path of paged) {
      const pages = parseIssue(path, readFileSync(path)).documents.map((d) => d.sourcePage);
      expect(
        pages.every((p) => p !== null && p >= 1),
        path,
      ).toBe(true);
      expect(pages, path).toEqual([...pages].sort((a, b) => a! - b!));
      // An issue of one document (shenyang-2015-3) starts it on one page; more start on several.
      if (pages.length > 1) expect(new Set(pages).size, path).toBeGreaterThan(1);
    }
  });

  it('counts a feed inside a line, and several in a row, as pages', () => {
    const text = readFileSync('content/nanming/2020-4.txt', 'utf8').split('\n');
    const first = parseIssue(
      'content/nanming/2020-4.txt',
      readFileSync('content/nanming/2020-4.txt'),
    ).documents[0]!.sourceLines[0];
    // Two blank pages before the first item's line, and a feed in the middle of an earlier line.
    text[first - 1] = `\f\f${text[first - 1]}`;
    text[0] = `${text[0]}\f`;
    const { documents } = parseIssue(
      'content/nanming/2020-4.txt',
      new TextEncoder().encode(text.join('\n')),
    );
    expect(documents[0]!.sourcePage).toBe(4);
  });
});
