// npm run convert on a content folder of its own (a copy of the project): an issue's id comes
// from its path; files outside content/<gazette>/<year>-<number>.txt, a second file for an
// issue and an unsafe gazette folder are refused by name and never overwrite or delete the
// real issue's outputs; the cache never takes outputs that do not match the input for converted.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { placeInputs } from '../../scripts/lib/inputs.ts';
import { cleanEnv } from '../support/build-sites.ts';

describe('which file is which issue', () => {
  // snapshots/<gazette>-<year>-<number>.zip must stay a file name: 255 bytes.
  it('refuses a gazette folder name too long to name its snapshots', () => {
    const [longest, tooLong] = ['g'.repeat(64), 'g'.repeat(250)];
    const { issues, refused } = placeInputs('content', [
      `${longest}/2020-100.txt`,
      `${tooLong}/2020-1.txt`,
    ]);
    expect(issues.map((i) => i.id)).toEqual([`${longest}/2020/100`]);
    expect(refused.map(({ file, code, params }) => ({ file, code, params }))).toEqual([
      {
        file: `content/${tooLong}/2020-1.txt`,
        code: 'gazette-folder-too-long',
        params: { length: 250, limit: 64 },
      },
    ]);
  });

  it('takes the id from the path, with the extension in any case, and refuses the rest by name', () => {
    const { issues, refused } = placeInputs('content', [
      'nanming/2020-4.txt',
      'nanming/2020-04.txt',
      'nanming/old/2020-4.txt',
      'jinfeng/2020-170.TXT',
      'a#b?c/2020-1.txt',
      '2020-1.txt',
      'nanming/2020-1 copy.txt',
      'nanming/notes.md',
    ]);
    expect(issues).toEqual(
      [
        {
          file: 'content/nanming/2020-4.txt',
          gazette: 'nanming',
          year: 2020,
          number: 4,
          id: 'nanming/2020/4',
        },
        {
          file: 'content/jinfeng/2020-170.TXT',
          gazette: 'jinfeng',
          year: 2020,
          number: 170,
          id: 'jinfeng/2020/170',
        },
      ].sort((a, b) => (a.file < b.file ? -1 : 1)),
    );
    expect(refused.map((r) => `${r.file}:${r.line} [${r.code}]`)).toEqual([
      'content/2020-1.txt:1 [issue-file-misplaced]',
      'content/a#b?c/2020-1.txt:1 [gazette-folder-not-url-safe]',
      'content/nanming/2020-04.txt:1 [issue-file-twice]',
      'content/nanming/2020-1 copy.txt:1 [issue-file-misplaced]',
      'content/nanming/old/2020-4.txt:1 [issue-file-misplaced]',
    ]);
    expect(refused[2]!.params).toEqual({
      id: 'nanming/2020/4',
      other: 'content/nanming/2020-4.txt',
    });
  });
});

describe('npm run convert', () => {
  let dir: string;
  const convert = () => {
    const run = spawnSync(process.execPath, ['scripts/convert.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect(run.status, run.stderr).toBe(0);
    return run;
  };
  const generated = (path: string) => join(dir, 'src/content/generated', path);
  const put = (from: string, to: string) => {
    mkdirSync(join(dir, 'content', to, '..'), { recursive: true });
    copyFileSync(join('content', from), join(dir, 'content', to));
  };
  const nanmingOutputs = () => readdirSync(generated('documents/nanming/2020-4')).length;

  beforeAll(() => {
    dir = projectCopy('gongbao-convert-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts 2017-1.TXT and refuses, by name, every file that is not an issue of its own', () => {
    put('nanming/2020-4.txt', 'nanming/2020-4.txt');
    put('kundulun/2017-1.txt', 'kundulun/2017-1.TXT');
    // Claimants of nanming/2020/4 with another issue's text: were they converted, the real one's outputs would change.
    put('dawukou/2021-3.txt', 'nanming/2020-04.txt');
    put('dawukou/2021-3.txt', 'nanming/old/2020-4.txt');
    put('qingxin/2018-3.txt', 'a#b?c/2018-3.txt');
    put('qingxin/2018-3.txt', '2018-3.txt');
    put('qingxin/2018-3.txt', 'qingxin/2018-3 copy.txt');
    const run = convert();
    expect(run.stdout).toContain('convert：转换 2 期，未变 0 期，跳过 5 期');
    for (const file of [
      'nanming/2020-04.txt',
      'nanming/old/2020-4.txt',
      'a#b?c/2018-3.txt',
      '2018-3.txt',
      'qingxin/2018-3 copy.txt',
    ]) {
      expect(run.stderr).toMatch(
        new RegExp(`^content/${file.replace(/[?#]/g, '\\$&')}:1: .* \\[[a-z-]+\\] — 已跳过$`, 'm'),
      );
    }
    const kundulun = JSON.parse(readFileSync(generated('issues/kundulun/2017-1.json'), 'utf8'));
    expect(kundulun.issue).toMatchObject({
      id: 'kundulun/2017/1',
      source: { path: 'content/kundulun/2017-1.TXT' },
    });
    const nanming = JSON.parse(readFileSync(generated('issues/nanming/2020-4.json'), 'utf8'));
    expect(nanming.issue).toMatchObject({
      id: 'nanming/2020/4',
      gazette: '贵阳市南明区人民政府公报',
      source: { path: 'content/nanming/2020-4.txt' },
    });
    expect(readdirSync(generated('issues')).sort()).toEqual(['kundulun', 'nanming']);
  });

  it("deleting the refused claimants deletes none of the real issue's outputs", () => {
    const before = nanmingOutputs();
    rmSync(join(dir, 'content/nanming/2020-04.txt'));
    rmSync(join(dir, 'content/nanming/old'), { recursive: true });
    const run = convert();
    expect(run.stdout).toContain('convert：转换 0 期，未变 2 期，跳过 3 期');
    expect(nanmingOutputs()).toBe(before);
    expect(existsSync(generated('issues/nanming/2020-4.json'))).toBe(true);
    expect(existsSync(generated('text/nanming/2020/4.json'))).toBe(true);
  });

  it('re-emits an issue whose outputs a killed run left from an edit since reverted', () => {
    const input = join(dir, 'content/nanming/2020-4.txt');
    const original = readFileSync(input, 'utf8');
    const mdx = generated('documents/nanming/2020-4/1.mdx');
    const cache = readFileSync(join(dir, '.cache/convert.json'));
    expect(original).toContain('其他工作分工不变。');
    writeFileSync(input, original.replaceAll('其他工作分工不变。', '其他工作分工有变。'));
    convert();
    expect(readFileSync(mdx, 'utf8')).toContain('其他工作分工有变。');
    // A run killed after writing the outputs, before its cache: the cache of the run before.
    writeFileSync(join(dir, '.cache/convert.json'), cache);
    writeFileSync(input, original);
    const run = convert();
    expect(run.stdout).toContain('convert：转换 1 期，未变 1 期');
    expect(readFileSync(mdx, 'utf8')).toContain('其他工作分工不变。');
  });
});
