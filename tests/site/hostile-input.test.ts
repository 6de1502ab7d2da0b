// A whole build over damaged and hostile input beside the sample issues (issue 11): every bad
// file is named and skipped, the rest is built — pages, feeds and a valid snapshot for every
// issue that could be read — and the build ends with the list of what it skipped and exit 1;
// once the bad files are gone, the next build succeeds (no stale cache keeps it failing).
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
import { XMLValidator } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { verifySnapshot } from '../../scripts/verify.ts';
import { bytesSource } from '../../src/snapshot/zip.ts';
import { nameSegment } from '../../src/utils/url.ts';
import { cleanEnv } from '../support/build-sites.ts';
import { SITE_URL } from '../support/sites.ts';

const SKIPPED = [
  'content/nanming/2020-04.txt',
  'content/nanming/old/2020-4.txt',
  'content/a#b?c/2018-3.txt',
  'content/hostile/2020-5.txt',
  'content/hostile/2020-6.txt',
];

describe('a build with damaged and hostile input', () => {
  let dir: string;
  let first: ReturnType<typeof spawnSync>;
  const build = () =>
    spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...cleanEnv(), OUT_DIR: 'dist', SITE_URL },
    });
  const dist = (path: string) => join(dir, 'dist', path);

  beforeAll(() => {
    dir = projectCopy('gongbao-hostile-', { withContent: true });
    const content = (path: string) => join(dir, 'content', path);
    const nanming = readFileSync(content('nanming/2020-4.txt'), 'utf8');
    // 2017-1.TXT: an upper-case extension.
    copyFileSync(content('kundulun/2017-1.txt'), content('kundulun/2017-1.TXT'));
    rmSync(content('kundulun/2017-1.txt'));
    // Claimants of nanming/2020/4 and an unsafe gazette folder.
    copyFileSync(content('nanming/2020-4.txt'), content('nanming/2020-04.txt'));
    mkdirSync(content('nanming/old'));
    copyFileSync(content('dawukou/2021-3.txt'), content('nanming/old/2020-4.txt'));
    mkdirSync(content('a#b?c'));
    copyFileSync(content('qingxin/2018-3.txt'), content('a#b?c/2018-3.txt'));
    // A signature line that is a path, and a link to the site in GBK percent-escapes.
    mkdirSync(content('hostile'));
    const lines = nanming.split('\n');
    lines.splice(
      lines.indexOf('2020年7月3日'),
      0,
      '详见<https://gongbao.example.gov.cn/%C4%CF%C3%F7/>。',
      '',
      '../../../escape局',
      '',
    );
    writeFileSync(content('hostile/2020-4.txt'), lines.join('\n'));
    // A gazette of its own, under a name of its own (two gazettes of one name are refused).
    writeFileSync(
      content('hostile/2020-4.fix.yaml'),
      'issue:\n  gazette: 南明区人民政府公报（测试）\n',
    );
    // NUL bytes; half GBK, half UTF-8.
    writeFileSync(
      content('hostile/2020-5.txt'),
      nanming.replace('南明区人民政府办公室关于', '南明区人民政府办公室\0\0关于'),
    );
    const half = Math.floor(lines.length / 2);
    writeFileSync(
      content('hostile/2020-6.txt'),
      Buffer.concat([
        iconv.encode(lines.slice(0, half).join('\n') + '\n', 'gbk'),
        Buffer.from(lines.slice(half).join('\n')),
      ]),
    );
    first = build();
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every file it skipped, in a summary at the end, and exits 1', () => {
    expect(first.status, String(first.stderr)).toBe(1);
    const summary = String(first.stderr)
      .split(/^build：\d+ 个文件未能构建.*：$/m)[1]!
      .trim()
      .split('\n');
    expect(summary.map((line) => line.split(':')[0]).sort()).toEqual([...SKIPPED].sort());
    for (const line of summary) expect(line).toMatch(/^content\/.+:\d+: .+ \[[a-z-]+\] — 已跳过$/);
    expect(summary.find((l) => l.startsWith('content/hostile/2020-5.txt'))).toMatch(
      /\[control-character\]/,
    );
    expect(summary.find((l) => l.startsWith('content/hostile/2020-6.txt'))).toMatch(
      /\[encoding-changes\]/,
    );
  });

  it('builds every other issue: the real nanming/2020/4, kundulun 2017-1.TXT and the hostile one', () => {
    for (const id of [
      'nanming/2020/4',
      'kundulun/2017/1',
      'hostile/2020/4',
      'dawukou/2021/3',
      'jinfeng/2018/2',
      'qingxin/2018/3',
    ]) {
      expect(existsSync(dist(`${id}/index.html`)), id).toBe(true);
    }
    expect(
      JSON.parse(readFileSync(dist('nanming/2020/4/issue.json'), 'utf8')).issue.source.path,
    ).toBe('content/nanming/2020-4.txt');
    expect(readdirSync(join(dir, 'dist')).filter((f) => /[#?]/.test(f))).toEqual([]);
  });

  it('gives the issuing body “../../../escape局” a page of its own inside the site, linked from its document', () => {
    const segment = nameSegment('../../../escape局');
    expect(readFileSync(dist(`organs/${segment}/index.html`), 'utf8')).toContain(
      '<h1>../../../escape局</h1>',
    );
    expect(readFileSync(dist('hostile/2020/4/2/index.html'), 'utf8')).toContain(
      `href="/organs/${encodeURIComponent(segment)}/"`,
    );
    expect(existsSync(join(dir, 'escape局'))).toBe(false);
  });

  it('writes every snapshot, each valid, the one with the GBK-escaped link included', async () => {
    const zips = readdirSync(dist('snapshots')).sort();
    expect(zips).toEqual([
      'dawukou-2021-3.zip',
      'hostile-2020-4.zip',
      'jinfeng-2018-2.zip',
      'kundulun-2017-1.zip',
      'nanming-2020-4.zip',
      'qingxin-2018-3.zip',
    ]);
    for (const zip of zips)
      expect(
        (await verifySnapshot(bytesSource(readFileSync(dist(`snapshots/${zip}`))))).problems,
        zip,
      ).toEqual([]);
  });

  it('keeps /atom.xml valid XML', () => {
    expect(XMLValidator.validate(readFileSync(dist('atom.xml'), 'utf8'))).toBe(true);
  });

  it('builds again, with exit 0, once the skipped files are removed', () => {
    for (const file of SKIPPED) rmSync(join(dir, file));
    const again = build();
    expect(again.status, String(again.stderr)).toBe(0);
    expect(existsSync(dist('nanming/2020/4/1/index.html'))).toBe(true);
  }, 240_000);
});
