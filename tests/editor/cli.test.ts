// The editor's commands as a team runs them: npm run review (text, --json, --strict), and
// convert (the build's first step) with a bad settings file and a bad corrections file.
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectWith } from '../support/editor-project.ts';
import { ALIAS_BOMB } from '../support/alias-bomb.ts';
import { JINFENG_SUBJECTS_CONFIRMED } from './helpers.ts';

const node = (args: string[], cwd = '.') =>
  spawnSync(process.execPath, args, { encoding: 'utf8', cwd });

describe('npm run review', () => {
  it('prints the findings and one summary line per issue; --strict fails when anything needs a look', () => {
    const run = node(['scripts/review.ts']);
    expect(run.status).toBe(0);
    const summaries = run.stdout.split('\n').filter((l) => /^\w+\/\d{4}\/\d+：/.test(l));
    expect(summaries).toEqual([
      'dawukou/2021/3：9 项待查（8 篇）',
      'jinfeng/2018/2：9 项待查（10 篇）',
      'kundulun/2017/1：8 项待查（5 篇，已应用 2 条更正）',
      'nanming/2020/4：10 项待查（5 篇）',
      'qingxin/2018/3：8 项待查（7 篇）',
    ]);
    expect(run.stdout).toMatch(/^content\/qingxin\/2018-3\.txt:743: .+ \[date-does-not-exist\]$/m);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('审核：共 5 期，0 期通过，5 期待查');
    const english = node(['scripts/review.ts', '--lang', 'en', 'content/qingxin']);
    expect(english.stdout.trim().split('\n').at(-1)).toBe('review: 1 issue, 0 ok, 1 to check');
    expect(
      spawnSync(process.execPath, ['scripts/review.ts', 'content/qingxin'], {
        encoding: 'utf8',
        env: { ...process.env, GONGBAO_LANG: 'en' },
      }).stdout,
    ).toContain('qingxin/2018/3: 8 to check (7 documents)');
    expect(node(['scripts/review.ts', '--strict']).status).toBe(1);
    // Once the editor has confirmed its 主题分类, nothing of jinfeng's is left to check.
    const confirmed = projectWith(['jinfeng'], {
      'content/jinfeng/2018-2.fix.yaml': JINFENG_SUBJECTS_CONFIRMED,
    });
    expect(node(['scripts/review.ts', '--strict'], confirmed).status).toBe(0);
  });

  it('--json gives each issue’s findings for tools', () => {
    const reviews = JSON.parse(node(['scripts/review.ts', '--json', 'content/dawukou']).stdout);
    expect(reviews).toHaveLength(1);
    expect(reviews[0].issue).toBe('dawukou/2021/3');
    expect(
      reviews[0].findings.map((f: { code: string; line: number }) => [f.code, f.line]),
    ).toEqual([
      ['field-inferred', 114],
      ['field-inferred', 359],
      ['field-inferred', 439],
      ['field-inferred', 914],
      ['field-inferred', 962],
      ['field-inferred', 1172],
      ['toc-title-differs', 1314],
      ['field-inferred', 1314],
      ['date-does-not-exist', 1316],
    ]);
    expect(reviews[0].findings[8]).toMatchObject({
      params: { date: '2021年4月31日' },
      message: expect.stringContaining('2021年4月31日'),
    });
  });
});

describe('a command given wrong arguments', () => {
  it('prints its usage in Chinese, in English with GONGBAO_LANG=en, and exits 2', () => {
    const flag = node(['scripts/review.ts', '--nope']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/^用法：npm run review /m);
    const none = node(['scripts/verify.ts']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      '用法：npm run verify -- <snapshot.zip | bag folder>… [--lang zh|en]\n',
    );
    const english = spawnSync(process.execPath, ['scripts/verify.ts'], {
      encoding: 'utf8',
      env: { ...process.env, GONGBAO_LANG: 'en' },
    });
    expect(english.stderr).toBe(
      'usage: npm run verify -- <snapshot.zip | bag folder>… [--lang zh|en]\n',
    );
  });
});

describe('a bad content/site.yaml', () => {
  it('ends convert and review in one line at its file:line:column, with no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-site-'));
    for (const part of ['scripts', 'src'])
      cpSync(part, join(dir, part), {
        recursive: true,
        filter: (src) => !src.includes('content/generated'),
      });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    cpSync('content/nanming', join(dir, 'content/nanming'), { recursive: true });
    writeFileSync(join(dir, 'content/site.yaml'), 'name：政府公报\n');
    for (const script of ['scripts/convert.ts', 'scripts/review.ts']) {
      const run = node([script], dir);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(
        /^配置有误: content\/site\.yaml:1:5: .+ \[yaml-full-width-colon\]$/,
      );
    }
  });
});

describe('npm run parse into a file', () => {
  // npm 11 prints its `> gongbao@… parse` banner on stdout unless its log level is silent
  // (loglevel=warn does not hide it); -s is that level for one command, as the manual says.
  it('npm run -s parse -- <file> > x.json holds the JSON alone', () => {
    const run = spawnSync('npm', ['run', '-s', 'parse', '--', 'content/nanming/2020-4.txt'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).issue.id).toBe('nanming/2020/4');
  });
});

describe('bad settings and corrections files', () => {
  // A copy of the project with three issues: one gazette's settings and another issue's
  // corrections are bad; convert names both by file and line and converts the third.
  const dir = projectWith(['nanming', 'jinfeng', 'kundulun'], {
    'content/jinfeng/gazette.yaml': readFileSync('content/jinfeng/gazette.yaml', 'utf8').replace(
      'organs:',
      'organ:',
    ),
    'content/kundulun/2017-1.fix.yaml':
      'documents:\n  1:\n    issuers: [昆都仑区人民政府]\n  7:\n    title: 甲\n',
  });

  it('convert reports each at its line, skips those issues and converts the others', () => {
    const run = node(['scripts/convert.ts'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^content\/jinfeng\/gazette\.yaml:10:1: 不认识的键“organ”.* \[unknown-key\] — 已跳过$/m,
    );
    expect(run.stderr).toMatch(
      /^content\/kundulun\/2017-1\.fix\.yaml:4: 没有第7项：本期共5项 \[correction-item-missing\] — 已跳过$/m,
    );
    expect(run.stdout).toContain('convert：转换 1 期，未变 0 期，跳过 2 期');
    expect(existsSync(join(dir, 'src/content/generated/issues/nanming/2020-4.json'))).toBe(true);
    expect(existsSync(join(dir, 'src/content/generated/issues/jinfeng/2018-2.json'))).toBe(false);
  });

  it('npm run review names them too, and reviews the others', () => {
    const run = node(['scripts/review.ts'], dir);
    expect(run.stdout).toMatch(
      /^content\/jinfeng\/gazette\.yaml:10:1: .+ \[unknown-key\]\ncontent\/jinfeng\/2018-2\.txt：不会发布/m,
    );
    expect(run.stdout).toContain('nanming/2020/4：10 项待查（5 篇）');
  });
});

// An alias bomb used to stop convert naming no file; a title over two lines used to unpublish
// its issue naming a line of the text.
describe('hostile settings and corrections files', () => {
  const dir = projectWith(['nanming', 'jinfeng', 'kundulun'], {
    'content/jinfeng/gazette.yaml': `name: 银川市金凤区人民政府公报\n${ALIAS_BOMB}\n`,
    'content/kundulun/2017-1.fix.yaml':
      'documents:\n  5:\n    title: |\n      昆区政府\n      下发文件目录\n',
  });

  it('convert reports each at its line, skips those issues and converts the others', () => {
    const run = node(['scripts/convert.ts'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^content\/jinfeng\/gazette\.yaml:3:\d+: .* \[yaml-too-many-aliases\] — 已跳过$/m,
    );
    expect(run.stderr).toMatch(
      /^content\/kundulun\/2017-1\.fix\.yaml:3:\d+: .* \[yaml-line-break\] — 已跳过$/m,
    );
    expect(run.stdout).toContain('convert：转换 1 期，未变 0 期，跳过 2 期');
    expect(existsSync(join(dir, 'src/content/generated/issues/nanming/2020-4.json'))).toBe(true);
  });
});
