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
    const [applied] = r.findings.filter((f) => f.code === 'correction-applied').map(formatFinding);
    expect(applied).toContain(
      '昆都仑区人民政府办公室关于规范区本级公共服务事项⟨U+200B⟩监管工作的通知',
    );
    expect(applied).not.toContain('\u200b');
  });

  it('in a line of the text it quotes', () => {
    const text = readFileSync(KUNDULUN, 'utf8').replace(
      /^昆政发〔2017〕25号$/m,
      '昆政发〔2017〕\u200b25号',
    );
    const r = reviewIssue(editIssue(KUNDULUN, Buffer.from(text)));
    const warning = formatFinding(r.findings.find((f) => f.code === 'invisible-characters')!);
    expect(warning).toContain('“昆政发〔2017〕⟨U+200B⟩25号”');
    expect(warning).not.toContain('\u200b');
  });
});
