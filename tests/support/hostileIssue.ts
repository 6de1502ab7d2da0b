// A copy of a sample issue's text with hostile lines where the parser reads each field: the
// titles (and their TOC entries), the 发文字号, an issuing body's signature, paragraphs and a
// table's cells. The original stays untouched; the copy is what the hostile build publishes.
import { HOSTILE } from './hostile.ts';

export const SAMPLE = 'content/nanming/2020-4.txt';

/** Per document (by order): appended to its title and to its TOC entry. */
export const TITLES = [
  '</title></script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{alert(1)}',
  '"><svg onload=alert(1)>',
  "'引号' -- <!-- ]]>",
];

/** Appended to the first document's 发文字号. */
export const DOC_NUMBER_TAIL = '<script>alert(1)</script>';

/** A signature line put above the second document's date: an organ name the parser accepts. */
export const ORGAN = '<svg onload=alert`1`>南明区教育局';

export function hostileIssue(text: string): string {
  const lines = text.split('\n');
  let title = 0;
  let toc = 0;
  let signed = false;
  let numbered = false;
  let body = false;
  const out: string[] = [];
  for (const line of lines) {
    // TOC entries: title…… (page)
    const entry = /^(.+?通知)(…+\s*\(\d+\))$/.exec(line);
    if (entry && toc < TITLES.length) {
      out.push(`${entry[1]}${TITLES[toc++]}${entry[2]}`);
      continue;
    }
    if (!numbered && /^南府发〔2020〕25号$/.test(line)) {
      out.push(`${line}${DOC_NUMBER_TAIL}`);
      numbered = true;
      continue;
    }
    // Titles: the line after the 发文字号's blank line that ends in 通知.
    if (
      /^南明区人民政府.*通知$/.test(line) &&
      title < TITLES.length &&
      out.at(-2)?.startsWith('南府')
    ) {
      out.push(`${line}${TITLES[title++]}`);
      continue;
    }
    if (!signed && title === 2 && /^2020年7月3日$/.test(line)) {
      out.push(ORGAN, '', line);
      signed = true;
      continue;
    }
    out.push(line);
    // The first document's body: every hostile line as a paragraph, then as a table's cells.
    if (!body && line.startsWith('各乡、街道办事处，区政府各工作部门')) {
      out.push('', ...HOSTILE.flatMap((h) => [`${h}。`, '']), '序号\t内容\t备注');
      HOSTILE.forEach((h, i) => out.push(`${i + 1}\t${h}\t无`));
      body = true;
    }
  }
  if (title !== TITLES.length || toc !== TITLES.length || !signed || !numbered || !body)
    throw new Error(`${SAMPLE} no longer has the lines the hostile copy replaces`);
  return out.join('\n');
}
