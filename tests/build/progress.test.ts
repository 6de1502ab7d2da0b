// What a long build step prints in a log (scripts/lib/progress.ts): a line at the start and at
// every tenth of the way, in Chinese by default and in English with GONGBAO_LANG=en.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progress } from '../../scripts/lib/progress.ts';
import { setLanguage } from '../../src/diagnostics/index.ts';

/** The lines a step of `total` prints, one call a unit done. */
function lines(total: number): string[] {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const tty = process.stdout.isTTY;
  process.stdout.isTTY = false;
  try {
    const report = progress('pages');
    for (let done = 1; done <= total; done++) report(done, total);
    return log.mock.calls.map(([line]) => String(line));
  } finally {
    process.stdout.isTTY = tty;
    log.mockRestore();
  }
}

describe('a step’s progress in a log', () => {
  afterEach(() => setLanguage('zh'));

  it('is Chinese by default, a line at the start and a tenth of the way', () => {
    const printed = lines(20);
    expect(printed).toHaveLength(11);
    expect(printed[0]).toMatch(/^页面：1\/20（5%），每秒 \d+ 个，约剩 \d+ 秒$/);
    expect(printed.at(-1)).toMatch(/^页面：20\/20（100%），每秒 \d+ 个，约剩 0 秒$/);
  });

  it('is English with GONGBAO_LANG=en', () => {
    setLanguage('en');
    expect(lines(20).at(-1)).toMatch(/^pages: 20\/20 \(100%\), \d+\/s, about 0 s left$/);
  });
});
