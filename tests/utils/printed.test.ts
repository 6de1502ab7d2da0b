// The printed PDF's rules (src/utils/printed.ts): what is a PDF, the page of it a document
// starts on from the TOC's printed page and the issue's pdfStart, and the size its link shows;
// and gazette.yaml's pdfStart as the settings read it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/settings/index.ts';
import { fileSize, isPdf, pdfPage } from '../../src/utils/printed.ts';
import { refused } from '../editor/helpers.ts';
import { sampleDocuments } from '../support/samples.ts';

const FIXTURE = 'tests/fixtures/printed/nanming-2020-4.pdf';

describe('a PDF', () => {
  it('is told by its header: the fixture rendered by Chromium is one, the text it was made from is not', () => {
    expect(isPdf(readFileSync(FIXTURE))).toBe(true);
    expect(isPdf(readFileSync('content/nanming/2020-4.txt'))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
    expect(isPdf(new TextEncoder().encode('%PDF'))).toBe(false);
    // A Word file renamed .pdf begins with the zip signature.
    expect(isPdf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
  });
});

describe('the PDF page a document starts on', () => {
  it('is its TOC page counted from the PDF page that bears printed page 1', () => {
    // 南明区 2020年第4期: its TOC prints pages 1, 5, 11, 25, 37; say the cover and TOC take 2 pages.
    const nanming = sampleDocuments().filter((d) => d.issue === 'nanming/2020/4');
    expect(nanming.map((d) => d.tocPage)).toEqual([1, 5, 11, 25, 37]);
    expect(nanming.map((d) => pdfPage(d, 3))).toEqual([3, 7, 13, 27, 39]);
    expect(nanming.map((d) => pdfPage(d, 1))).toEqual([1, 5, 11, 25, 37]);
  });

  it('without pdfStart, is the page the text’s form feeds put it on, else the printed page', () => {
    expect(pdfPage({ tocPage: 5, sourcePage: 9 }, null)).toBe(9);
    expect(pdfPage({ tocPage: 5, sourcePage: null }, null)).toBe(5);
    // pdfStart is the editor's word: it wins over the form feeds.
    expect(pdfPage({ tocPage: 5, sourcePage: 9 }, 4)).toBe(8);
  });

  it('is the form feeds’ page, or unknown, when the TOC gives no page', () => {
    expect(pdfPage({ tocPage: null, sourcePage: 12 }, 3)).toBe(12);
    expect(pdfPage({ tocPage: null, sourcePage: null }, 3)).toBeNull();
    expect(pdfPage({ tocPage: 0, sourcePage: null }, 3)).toBeNull();
  });
});

describe('the size a link shows', () => {
  it('is whole KB below 1000 KB, else MB to one decimal', () => {
    expect(fileSize(readFileSync(FIXTURE).length)).toBe('158 KB');
    expect(fileSize(300)).toBe('1 KB');
    expect(fileSize(999 * 1024)).toBe('999 KB');
    expect(fileSize(1000 * 1024)).toBe('1.0 MB');
    expect(fileSize(1.25 * 1024 * 1024 + 1)).toBe('1.3 MB');
    expect(fileSize(23_456_789)).toBe('22.4 MB');
  });
});

describe('gazette.yaml’s pdfStart', () => {
  it('gives each issue’s PDF page of printed page 1, by <year>-<number>', () => {
    const settings = parseSettings(
      'content/nanming/gazette.yaml',
      `${readFileSync('content/nanming/gazette.yaml', 'utf8')}pdfStart:\n  2020-4: 3\n  2021-1: 1\n`,
    );
    expect([...settings.pdfStart]).toEqual([
      ['2020-4', 3],
      ['2021-1', 1],
    ]);
    expect(parseSettings('g.yaml', 'name: 甲公报\n').pdfStart.size).toBe(0);
  });

  it.each([
    ['a page that is not a whole number from 1', 'pdfStart:\n  2020-4: 0\n', 2],
    ['a page as text', 'pdfStart:\n  2020-4: 第3页\n', 2],
    ['an issue not written <year>-<number>', 'pdfStart:\n  2020年第4期: 3\n', 2],
    ['an issue written with a zero', 'pdfStart:\n  2020-04: 3\n', 2],
  ])('refuses %s at its line', (_, text, line) => {
    expect(refused(() => parseSettings('g.yaml', text))).toMatchObject({
      code: 'pdf-start-form',
      line,
    });
  });
});
