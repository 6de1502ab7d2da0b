// The same order on every machine: no list follows the build machine's locale or time zone.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipTime } from '../../scripts/snapshot.ts';
import { cleanEnv } from '../support/build-sites.ts';

const NAMES = [
  '银川市金凤区政府办公室',
  'Zhongguo',
  '大武口区人民政府',
  '贵阳市南明区人民政府',
  'abc',
  '昆都仑区人民政府',
  '中共大武口区委员会',
  '清远市清新区人民政府办公室',
];

/** The orders the site's lists are made in, computed in a process with the given environment. */
function ordersUnder(env: Record<string, string>): { helpers: unknown; bare: string[] } {
  const script = `
    import { byIssuer, countBy, issuesNewestFirst } from './src/utils/catalog.ts';
    const names = ${JSON.stringify(NAMES)};
    const docs = names.map((n, i) => ({ issuers: [n], docType: n, id: 'x/2020/1/' + i }));
    console.log(JSON.stringify({
      helpers: {
        byIssuer: [...byIssuer(docs).keys()],
        countBy: countBy(docs, (d) => d.docType),
        issues: issuesNewestFirst(names.map((gazette, i) => ({ gazette, year: 2020, number: 1, id: 'g' + i + '/2020/1' }))).map((i) => i.gazette),
      },
      bare: [...names].sort((a, b) => a.localeCompare(b)),
    }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env },
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('the order of lists', () => {
  it('is the same under LC_ALL=zh_CN.UTF-8 as under the default locale, where a bare localeCompare differs', () => {
    const plain = ordersUnder({ LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' });
    const zh = ordersUnder({ LC_ALL: 'zh_CN.UTF-8' });
    // Node's ICU follows LC_ALL even where the system has no such locale installed: the difference is real.
    expect(zh.bare).not.toEqual(plain.bare);
    expect(zh.helpers).toEqual(plain.helpers);
  });

  it("is never a bare localeCompare, which follows the machine's locale (src/utils/order.ts is the one place)", () => {
    const offenders: string[] = [];
    for (const dir of ['src', 'scripts']) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(ts|astro|mjs)$/.test(file)) continue;
        readFileSync(join(dir, file), 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (/\.localeCompare\(/.test(line)) offenders.push(`${join(dir, file)}:${i + 1}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('zip entry times', () => {
  it('are the same bytes in every time zone, 1980-01-01 00:00 included', () => {
    const zone = process.env.TZ;
    const zips = ['UTC', 'America/St_Johns', 'Asia/Shanghai', 'Pacific/Kiritimati'].map((tz) => {
      process.env.TZ = tz;
      return Buffer.from(
        zipSync({
          'a.txt': [
            new TextEncoder().encode('a'),
            { mtime: zipTime(new Date(Date.UTC(1980, 0, 1))) },
          ],
        }),
      );
    });
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
    for (const zip of zips) expect(zip.equals(zips[0]!)).toBe(true);
    // DOS time 00:00:00, date 1980-01-01 in the local header.
    expect([zips[0]!.readUInt16LE(10), zips[0]!.readUInt16LE(12)]).toEqual([0, (1 << 5) | 1]);
  });
});
