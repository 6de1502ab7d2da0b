// 发布日期: the build's day, and the day an issue keeps from the cache or the previous output
// (scripts/lib/published-online.ts); set per issue in gazette.yaml; in the JSON-LD.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptDays, ledgerOf } from '../../scripts/lib/published-online.ts';
import { buildDay, parseConfig } from '../../src/config.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { legislation } from '../../src/utils/jsonld.ts';
import { edit, refused } from '../editor/helpers.ts';

describe('the build’s day', () => {
  // 2021-04-01 23:30 in Beijing, 15:30 UTC.
  const evening = Date.UTC(2021, 3, 1, 15, 30);

  it('is BUILD_DATE, else SOURCE_DATE_EPOCH’s day, else today’s, in China’s time', () => {
    expect(buildDay({ BUILD_DATE: '2021-04-02', SOURCE_DATE_EPOCH: 1600000000 }, evening)).toBe(
      '2021-04-02',
    );
    expect(buildDay({ BUILD_DATE: undefined, SOURCE_DATE_EPOCH: evening / 1000 + 1800 })).toBe(
      '2021-04-02',
    );
    expect(buildDay({ BUILD_DATE: undefined, SOURCE_DATE_EPOCH: undefined }, evening)).toBe(
      '2021-04-01',
    );
  });

  it('is a date that exists, or the command stops', () => {
    expect(parseConfig({ BUILD_DATE: '2021-04-02' }, undefined).BUILD_DATE).toBe('2021-04-02');
    for (const [value, code] of [
      ['2021-4-2', 'date-form'],
      ['2021-02-30', 'date-nonexistent'],
    ])
      expect(() => parseConfig({ BUILD_DATE: value }, undefined)).toThrow(`[${code}]`);
  });
});

describe('the day an issue keeps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-online-'));
  const out = join(dir, 'dist');
  const ledger = join(dir, 'published-online.json');
  const published = (id: string, day: unknown) => {
    mkdirSync(join(out, id), { recursive: true });
    writeFileSync(
      join(out, id, 'issue.json'),
      JSON.stringify({ issue: { id, publishedOnline: day } }),
    );
  };

  it('is the cache’s, else the previous output’s, else none: the build’s day is then given', () => {
    published('nanming/2020/4', '2020-09-01');
    published('jinfeng/2018/2', '2018-07-01');
    published('qingxin/2018/3', '2018年7月1日');
    writeFileSync(ledger, JSON.stringify({ 'nanming/2020/4': '2020-08-30', 'dawukou/2021/3': 5 }));
    const kept = keptDays(out, ledger);
    expect(kept('nanming/2020/4')).toBe('2020-08-30');
    expect(kept('jinfeng/2018/2')).toBe('2018-07-01');
    // Not a day: not kept.
    expect(kept('qingxin/2018/3')).toBeUndefined();
    expect(kept('dawukou/2021/3')).toBeUndefined();
    expect(kept('kundulun/2017/1')).toBeUndefined();
  });

  it('is read from neither when both are lost or damaged', () => {
    writeFileSync(ledger, '{"nanming/2020/4": "2020-08');
    expect(keptDays(join(dir, 'nothing'), ledger)('nanming/2020/4')).toBeUndefined();
  });

  it('is recorded for every issue published', () => {
    const record = (id: string, publishedOnline: string | null) =>
      ({ issue: { id, publishedOnline }, documents: [] }) as never;
    expect(
      JSON.parse(
        ledgerOf([record('nanming/2020/4', '2020-09-01'), record('jinfeng/2018/2', '2018-07-01')]),
      ),
    ).toEqual({ 'jinfeng/2018/2': '2018-07-01', 'nanming/2020/4': '2020-09-01' });
  });
});

describe('a 发布日期 set in gazette.yaml', () => {
  const F = 'content/nanming/gazette.yaml';

  it('is the issue’s and each of its documents’, named by the issue’s file name', () => {
    // 2020-04, as the file may be named, is issue 4.
    const settings = parseSettings(
      F,
      'publishedOnline:\n  2020-04: 2020-09-01\n  2020-5: 2020-10-09\n',
    );
    const edited = edit('content/nanming/2020-4.txt', { settings });
    expect(edited.issue.publishedOnline).toBe('2020-09-01');
    expect(new Set(edited.documents.map((d) => d.publishedOnline))).toEqual(
      new Set(['2020-09-01']),
    );
    const ld = legislation(
      edited.documents[1]!,
      edited.issue,
      'https://x/2/',
      'https://x/',
    ) as Record<string, unknown>;
    expect(ld).toMatchObject({ datePublished: '2020-09-01', about: { name: '科技、教育' } });
    expect(ld.identifier).toBeUndefined();
  });

  it('is a day that exists', () => {
    expect(
      refused(() => parseSettings(F, 'publishedOnline:\n  2020-4: 2020-09-31\n')),
    ).toMatchObject({
      code: 'date-nonexistent',
      line: 2,
    });
  });
});
