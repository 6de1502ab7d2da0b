// 主题分类 by the words of a title (src/metadata/subjects.ts): the sample documents' titles,
// and the rules that decide between two words.
import { describe, expect, it } from 'vitest';
import { SUBJECTS, subjectOfTitle, TITLE_WORDS } from '../../src/metadata/subjects.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { edit, refused } from '../editor/helpers.ts';

const subject = (title: string) => subjectOfTitle(title)?.subject ?? null;

describe('the classes', () => {
  it('are the library’s 21 and 其他, and every word of the table names one of them', () => {
    expect(SUBJECTS).toHaveLength(22);
    expect(SUBJECTS.slice(2, 4)).toEqual(['国民经济管理、国有资产监管', '财政、金融、审计']);
    for (const [, s] of TITLE_WORDS) expect(SUBJECTS).toContain(s);
    // One word, one class.
    expect(new Set(TITLE_WORDS.map(([w]) => w)).size).toBe(TITLE_WORDS.length);
  });
});

describe('a title’s class', () => {
  it('is the class of the word that ends last: the subject stands before 的通知', () => {
    // 脱贫 and 控辍保学: the plan is about schooling.
    expect(
      subjectOfTitle(
        '南明区人民政府办公室关于印发南明区脱贫攻坚“冲刺90天打赢歼灭战”控辍保学攻坚工作实施方案方案的通知',
      ),
    ).toEqual({ subject: '科技、教育', word: '控辍保学' });
    // 儿童 and 近视: a plan against short sight.
    expect(
      subject('区人民政府办公室关于印发《大武口区综合防控儿童青少年近视工作实施方案》的通知'),
    ).toBe('卫生、体育');
  });

  it('is the longer word’s where two end together', () => {
    expect(subjectOfTitle('清远市清新区道路交通安全“夏季攻势”专项行动方案')?.word).toBe('交通安全');
    expect(subject('清远市清新区道路交通安全“夏季攻势”专项行动方案')).toBe('公安、安全、司法');
  });

  it('is none when no word of the table is in the title, never a guess', () => {
    expect(subject('大武口区人民政府关于对见义勇为先进群体进行表彰奖励的决定')).toBeNull();
    expect(subject('昆都仑区人民政府办公室关于规范区本级公共服务事项监管工作的通知')).toBeNull();
    // An organ's name is not a subject.
    expect(
      subject('银川市金凤区人民政府办公室关于印发《金凤区深化街道社区管理体制改革实施方案》的通知'),
    ).toBeNull();
  });
});

describe('the samples', () => {
  it('classes each 公文 by its title, and no 大事记 or 发文目录', () => {
    const docs = edit('content/kundulun/2017-1.txt').documents;
    expect(docs.map((d) => [d.kind, d.subject])).toEqual([
      ['document', '城乡建设、环境保护'],
      ['document', null],
      ['document', '科技、教育'],
      ['chronicle', null],
      ['listing', null],
    ]);
    expect(docs[0]!.inferred).toContainEqual({ field: 'subject', from: 'titleWords', line: 103 });
  });

  it('guesses from the title as corrected, and takes none where the editor says none', () => {
    const corrections = parseCorrections(
      'content/kundulun/2017-1.fix.yaml',
      ['documents:', '  3:', '    title: 甲', '  1:', '    subject: null', ''].join('\n'),
    );
    const edited = edit('content/kundulun/2017-1.txt', { corrections });
    expect(edited.documents.slice(0, 3).map((d) => d.subject)).toEqual([null, null, null]);
    // The guess from 科学素质 is gone with the title it came from.
    expect(edited.documents[2]!.inferred?.some((i) => i.field === 'subject')).toBeFalsy();
    expect(edited.corrections.filter((c) => c.stale)).toEqual([]);
  });

  it('takes the class the editor sets, and refuses one not in the list', () => {
    const corrections = parseCorrections(
      'content/kundulun/2017-1.fix.yaml',
      'documents:\n  2:\n    subject: 综合政务\n',
    );
    const docs = edit('content/kundulun/2017-1.txt', { corrections }).documents;
    expect(docs[1]!.subject).toBe('综合政务');
    expect(docs[1]!.inferred?.some((i) => i.field === 'subject')).toBeFalsy();
    expect(
      refused(() =>
        parseCorrections(
          'content/kundulun/2017-1.fix.yaml',
          'documents:\n  2:\n    subject: 环保\n',
        ),
      ),
    ).toMatchObject({ code: 'not-one-of', line: 3 });
  });
});
