// The cache key of an issue's pages (scripts/pages.ts, pageInputs) holds its documents' 有效性:
// a new build day makes a page again on the day its document lapses, and only then. On the
// samples, converted in a copy of the project, with one notice given the 有效期 that 普陀区's
// 意见 states (有效期至2026年12月31日, tests/fixtures/validity/sentences.json): the other
// documents state nothing, so their pages keep their keys on any day.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readValidity } from '../../src/parser/validity.ts';
import { cleanEnv } from '../support/build-sites.ts';
import { projectWith } from '../support/editor-project.ts';

const sentences: Array<{ sentence: string }> = JSON.parse(
  readFileSync(new URL('../fixtures/validity/sentences.json', import.meta.url), 'utf8'),
);
const { expires } = readValidity(
  sentences.find((s) => s.sentence.startsWith('本意见自2025年4月21日起施行'))!.sentence,
  null,
);

const dir = projectWith(['kundulun', 'nanming']);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each issue's key on each day, worked out in the copy as the build works it out.
const KEYS = `
import { readIssueRecords } from './src/data/generated.ts';
import { planShards } from './scripts/lib/shards.ts';
import { pageInputs } from './scripts/pages.ts';
import { referenceIndex, referenceOf } from './src/utils/references.ts';
const [expires, ...days] = process.argv.slice(1);
const shards = planShards(readIssueRecords());
for (const doc of shards.flatMap((s) => s.records.flatMap((r) => r.documents)))
  if (doc.docNumber === '昆政发〔2017〕25号') doc.expires = expires;
const index = referenceIndex(shards.flatMap((s) => s.records.flatMap((r) => r.documents.map(referenceOf))));
const keys = days.map((day) => Object.fromEntries(shards.flatMap((s) => [...pageInputs(s, index, day).issues])));
console.log(JSON.stringify(keys));
`;

describe("an issue's page key and the build's day", () => {
  it('changes on the day a document of the issue lapses, and on no other day', () => {
    execFileSync(process.execPath, ['scripts/convert.ts'], {
      cwd: dir,
      stdio: 'pipe',
      env: cleanEnv(),
    });
    expect(expires).toBe('2026-12-31');
    const days = ['2025-06-01', '2026-12-31', '2027-01-01', '2040-01-01'];
    const [before, last, lapsed, later] = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', KEYS, expires!, ...days], {
        cwd: dir,
        env: cleanEnv(),
        encoding: 'utf8',
      }),
    ) as Array<Record<string, string>>;
    expect(Object.keys(before!).sort()).toEqual(['kundulun/2017/1', 'nanming/2020/4']);
    expect(last).toEqual(before);
    expect(later).toEqual(lapsed);
    expect(lapsed!['kundulun/2017/1']).not.toBe(last!['kundulun/2017/1']);
    expect(lapsed!['nanming/2020/4']).toBe(last!['nanming/2020/4']);
  });
});
