// The catalog of diagnostics, code by code: a Chinese and an English message, and a fixture
// (tests/editor/fixtures.ts) that raises it where it should.
import { describe, expect, it } from 'vitest';
import { codes, message } from '../../src/diagnostics/index.ts';
import { fixtures } from './fixtures.ts';

describe('every diagnostic code', () => {
  it('has a fixture, and every fixture is a code', () => {
    expect(Object.keys(fixtures).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s: raised by its fixture, with a Chinese and an English message', (code) => {
    const fixture = fixtures[code];
    const raised = fixture.raise();
    const hit = raised.find((r) => r.code === code);
    expect(hit, JSON.stringify(raised)).toBeDefined();
    if (fixture.at) expect({ file: hit!.file, line: hit!.line }).toEqual(fixture.at);
    const zh = message(code, hit!.params as never, 'zh');
    const en = message(code, hit!.params as never, 'en');
    // Chinese words beyond the names and fields quoted from the input, and English ones.
    const own = (text: string) => text.replace(/“[^”]*”|"[^"]*"|（[^）]*）|\([^)]*\)/g, '');
    expect(own(zh)).toMatch(/\p{Script=Han}/u);
    expect(own(en)).toMatch(/[a-z]{3,}/);
    expect(own(en)).not.toMatch(/[的是了在不]/);
    expect(zh).not.toBe(en);
  });
});
