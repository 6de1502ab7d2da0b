// The editor's commands as a team runs them: npm run review (text, --json, --strict), and
// convert (the build's first step) with a bad settings file and a bad corrections file.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const node = (args: string[], cwd = '.') =>
  spawnSync(process.execPath, args, { encoding: 'utf8', cwd });

describe('npm run review', () => {
  it('prints the findings and one summary line per issue; --strict fails when anything needs a look', () => {
    const run = node(['scripts/review.ts']);
    expect(run.status).toBe(0);
    const summaries = run.stdout.split('\n').filter((l) => /^\w+\/\d{4}\/\d+: /.test(l));
    expect(summaries).toEqual([
      'dawukou/2021/3: 3 to check (8 documents)',
      'jinfeng/2018/2: ok (10 documents)',
      'kundulun/2017/1: 7 to check (5 documents, 2 corrections applied)',
      'nanming/2020/4: 5 to check (5 documents)',
      'qingxin/2018/3: 1 to check (7 documents)',
    ]);
    expect(run.stdout).toContain(
      'content/qingxin/2018-3.txt:743: warning: the date 2018年11月31日 does not exist; kept as printed\n',
    );
    expect(run.stdout.trim().split('\n').at(-1)).toBe('review: 5 issues, 1 ok, 4 to check');
    expect(node(['scripts/review.ts', '--strict']).status).toBe(1);
    expect(node(['scripts/review.ts', '--strict', 'content/jinfeng']).status).toBe(0);
  });

  it('--json gives each issue’s findings for tools', () => {
    const reviews = JSON.parse(node(['scripts/review.ts', '--json', 'content/dawukou']).stdout);
    expect(reviews).toHaveLength(1);
    expect(reviews[0].issue).toBe('dawukou/2021/3');
    expect(
      reviews[0].findings.map((f: { kind: string; line: number }) => [f.kind, f.line]),
    ).toEqual([
      ['parser-warning', 1316],
      ['title-differs', 1314],
      ['inferred', 1314],
    ]);
  });
});

describe('bad settings and corrections files', () => {
  // A copy of the project with three issues: one gazette's settings and another issue's
  // corrections are bad; convert names both by file and line and converts the third.
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-editor-'));
  for (const part of ['scripts', 'src'])
    cpSync(part, join(dir, part), {
      recursive: true,
      filter: (src) => !src.includes('content/generated'),
    });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  for (const g of ['nanming', 'jinfeng', 'kundulun'])
    cpSync(join('content', g), join(dir, 'content', g), { recursive: true });
  writeFileSync(
    join(dir, 'content/jinfeng/gazette.yaml'),
    readFileSync('content/jinfeng/gazette.yaml', 'utf8').replace('organs:', 'organ:'),
  );
  writeFileSync(
    join(dir, 'content/kundulun/2017-1.fix.yaml'),
    'documents:\n  1:\n    issuers: [昆都仑区人民政府]\n  7:\n    title: 甲\n',
  );
  mkdirSync(join(dir, '.cache'), { recursive: true });

  it('convert reports each at its line, skips those issues and converts the others', () => {
    const run = node(['scripts/convert.ts'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('content/jinfeng/gazette.yaml:10: unknown key “organ” — skipped');
    expect(run.stderr).toContain(
      'content/kundulun/2017-1.fix.yaml:4: item 7 does not exist: the issue has 5 items — skipped',
    );
    expect(run.stdout).toContain('convert: 1 issues converted, 0 unchanged, 2 skipped');
    expect(existsSync(join(dir, 'src/content/generated/issues/nanming/2020-4.json'))).toBe(true);
    expect(existsSync(join(dir, 'src/content/generated/issues/jinfeng/2018-2.json'))).toBe(false);
  });

  it('npm run review names them too, and reviews the others', () => {
    const run = node(['scripts/review.ts'], dir);
    expect(run.stdout).toContain(
      'content/jinfeng/gazette.yaml:10: unknown key “organ”\ncontent/jinfeng/2018-2.txt: not built — fix this first\n',
    );
    expect(run.stdout).toContain('nanming/2020/4: 5 to check (5 documents)');
  });
});
