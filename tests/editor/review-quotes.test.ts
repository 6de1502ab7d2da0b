// What the review quotes from the input or a corrections file shows an invisible character as
// ⟨U+200B⟩, so that the editor sees it (issue 26 item 20).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editIssue } from '../../src/corrections/apply.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { formatFinding, reviewIssue } from '../../src/review/index.ts';

const KUNDULUN = 'content/kundulun/2017-1.txt';

describe('the review shows invisible characters', () => {
  it('in a corrected title it quotes', () => {
    const corrections = parseCorrections(
      'content/kundulun/2017-1.fix.yaml',
      'documents:\n  2:\n    title: "昆都仑区人民政府办公室关于规范区本级公共服务事项\\u200b监管工作的通知"\n',
    );
    const r = reviewIssue(editIssue(KUNDULUN, readFileSync(KUNDULUN), { corrections }));
    expect(r.findings.filter((f) => f.kind === 'correction').map(formatFinding)).toEqual([
      'content/kundulun/2017-1.fix.yaml:3: applied: item 2 title: "昆都仑区人民政府办公室关于规范区本级公共服务事项⟨U+200B⟩监管工作的通知"',
    ]);
  });

  it('in a line of the text it quotes', () => {
    const text = readFileSync(KUNDULUN, 'utf8').replace(
      /^昆政发〔2017〕25号$/m,
      '昆政发〔2017〕\u200b25号',
    );
    const r = reviewIssue(editIssue(KUNDULUN, Buffer.from(text)));
    const warning = r.findings.find((f) => f.message.includes('invisible characters'))!;
    expect(warning.message).toContain('“昆政发〔2017〕⟨U+200B⟩25号”');
    expect(warning.message).not.toContain('\u200b');
  });
});
