// The build's runner (scripts/build/runner.ts) with fake tasks: the order dependencies and
// slots allow, a failure stops what depends on it and nothing else, stopping ends the child
// processes, a child whose event loop stops is killed and run again, and a task's declared
// output comes from the build cache when its inputs match.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { runTasks, stop, type Task } from '../../scripts/build/runner.ts';
import { runScript } from '../../scripts/build/pool.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'gongbao-runner-'));

/** A task that records when it starts and ends, taking `ms`, failing when told. */
function fake(
  log: string[],
  id: string,
  deps: string[] = [],
  { ms = 5, fails = false } = {},
): Task {
  return {
    id,
    deps,
    run: async () => {
      log.push(`start ${id}`);
      await sleep(ms);
      log.push(`end ${id}`);
      if (fails) throw new Error(`${id} failed`);
    },
  };
}

describe('the runner', () => {
  it('starts a task only when what it depends on is done, in the order given, at most `slots` at a time', async () => {
    const log: string[] = [];
    const outcome = await runTasks(
      [
        fake(log, 'site', [], { ms: 30 }),
        fake(log, 'shard-0'),
        fake(log, 'merge-0', ['site', 'shard-0']),
        fake(log, 'snapshot-0', ['merge-0']),
        fake(log, 'search-0'),
      ],
      2,
    );
    expect(outcome.failed.size).toBe(0);
    expect(outcome.done.sort()).toEqual(['merge-0', 'search-0', 'shard-0', 'site', 'snapshot-0']);
    const at = (line: string) => log.indexOf(line);
    expect(log.slice(0, 2)).toEqual(['start site', 'start shard-0']);
    // merge-0 waits for the slow site task; search-0 takes the free slot meanwhile.
    expect(at('start search-0')).toBeLessThan(at('end site'));
    expect(at('start merge-0')).toBeGreaterThan(at('end site'));
    expect(at('start snapshot-0')).toBeGreaterThan(at('end merge-0'));
    // Never more than two at work.
    let busy = 0;
    for (const line of log) {
      busy += line.startsWith('start') ? 1 : -1;
      expect(busy).toBeLessThanOrEqual(2);
    }
  });

  it('starts a light task beside the slots, as soon as what it depends on is done', async () => {
    const log: string[] = [];
    const light = (task: Task): Task => ({ ...task, light: true });
    await runTasks(
      [
        fake(log, 'site', [], { ms: 40 }),
        fake(log, 'search-0', [], { ms: 40 }),
        light(fake(log, 'check-0')),
        light(fake(log, 'check-1', ['check-0'])),
        fake(log, 'render-0', ['check-0']),
      ],
      2,
    );
    const at = (line: string) => log.indexOf(line);
    // Both slots are taken: the looks into the cache go on beside them, the render waits.
    expect(at('end check-1')).toBeLessThan(at('end site'));
    expect(at('start render-0')).toBeGreaterThan(at('end site'));
  });

  it('stops, after a failure, what depends on it and nothing else', async () => {
    const log: string[] = [];
    const outcome = await runTasks(
      [
        fake(log, 'shard-0', [], { fails: true }),
        fake(log, 'shard-1'),
        fake(log, 'merge-0', ['shard-0']),
        fake(log, 'snapshot-0', ['merge-0']),
        fake(log, 'merge-1', ['shard-1']),
        fake(log, 'lookups', ['merge-0', 'merge-1']),
      ],
      1,
    );
    expect([...outcome.failed.keys()]).toEqual(['shard-0']);
    expect((outcome.failed.get('shard-0') as Error).message).toBe('shard-0 failed');
    expect(outcome.blocked.sort()).toEqual(['lookups', 'merge-0', 'snapshot-0']);
    expect(outcome.done).toEqual(['shard-1', 'merge-1']);
    expect(log.filter((l) => l.startsWith('start'))).toEqual([
      'start shard-0',
      'start shard-1',
      'start merge-1',
    ]);
  });

  it('refuses a plan with an unknown dependency or two tasks of one id', async () => {
    await expect(runTasks([fake([], 'a', ['b'])], 1)).rejects.toThrow('a depends on unknown b');
    await expect(runTasks([fake([], 'a'), fake([], 'a')], 1)).rejects.toThrow('share an id');
  });

  it('stop ends the child processes the tasks started', async () => {
    const dir = folder();
    const script = join(dir, 'forever.mjs');
    const pidFile = join(dir, 'pid');
    writeFileSync(
      script,
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetInterval(() => {}, 1000);\n`,
    );
    const running = runTasks([{ id: 'forever', run: () => runScript(script, []) }], 1);
    // The file may exist a moment before its number is written.
    const written = () => (existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : '');
    while (!/^\d+$/.test(written())) await sleep(20);
    const pid = Number(written());
    expect(() => process.kill(pid, 0)).not.toThrow();
    await stop();
    const outcome = await running;
    expect((outcome.failed.get('forever') as Error).message).toMatch(/stopped by SIGTERM/);
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  // A child's main thread blocked in a futex wait for ever, as Node's module loader left one
  // at start-up: no event loop turn, no word to its parent.
  const hangsOnce = (dir: string) => {
    const script = join(dir, 'hangs-once.mjs');
    const pids = join(dir, 'pids');
    writeFileSync(
      script,
      [
        `import { appendFileSync, readFileSync } from 'node:fs';`,
        `appendFileSync(${JSON.stringify(pids)}, process.pid + '\\n');`,
        `if (readFileSync(${JSON.stringify(pids)}, 'utf8').trim().split('\\n').length === 1)`,
        `  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);`,
      ].join('\n'),
    );
    return { script, pids: () => readFileSync(pids, 'utf8').trim().split('\n').map(Number) };
  };

  it('kills a child that falls silent and runs it once more, saying so', async () => {
    const { script, pids } = hangsOnce(folder());
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await runScript(script, [], {}, undefined, { silence: 3_000 });
      expect(said).toHaveBeenCalledWith(
        expect.stringMatching(/hangs-once\.mjs 已 3 秒没有响应，已终止，重新运行一次/),
      );
    } finally {
      said.mockRestore();
    }
    const [hung, retried] = pids();
    expect(retried).toBeGreaterThan(0);
    expect(() => process.kill(hung!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  it('fails when the retry falls silent too, and leaves a child that is busy but alive alone', async () => {
    const { script } = hangsOnce(folder());
    const said = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await expect(
        runScript(script, [], {}, undefined, { silence: 3_000, retries: 0 }),
      ).rejects.toThrow(/hangs-once\.mjs hung/);
      expect(said).toHaveBeenCalledWith(expect.stringMatching(/它重试时再次停止响应，本步骤失败/));
    } finally {
      said.mockRestore();
    }
    // Quiet for longer than `silence`, its event loop turning all the while.
    const busy = join(folder(), 'busy.mjs');
    writeFileSync(busy, 'setTimeout(() => {}, 5_000);\n');
    await expect(
      runScript(busy, [], {}, undefined, { silence: 3_000, retries: 0 }),
    ).resolves.toBeUndefined();
  });

  it('takes a declared output from the build cache on a hit, makes it on a miss, a changed key or a corrupt entry', async () => {
    const key = `runner-test/${process.pid}/${Date.now()}`;
    let inputs = 'inputs-1';
    let runs = 0;
    const task = (into: string): Task => ({
      id: 'bundle',
      cache: { kind: 'pagefind', key, inputs: () => inputs, into },
      run: async () => {
        runs++;
        const out = folder();
        writeFileSync(join(out, 'bundle.txt'), `${inputs} made`);
        return out;
      },
    });
    const runOnce = async () => {
      const into = folder();
      const outcome = await runTasks([task(into)], 1);
      expect(outcome.failed.size).toBe(0);
      return {
        reused: outcome.reused.length === 1,
        text: readFileSync(join(into, 'bundle.txt'), 'utf8'),
      };
    };
    expect(await runOnce()).toEqual({ reused: false, text: 'inputs-1 made' });
    expect(await runOnce()).toEqual({ reused: true, text: 'inputs-1 made' });
    inputs = 'inputs-2';
    expect(await runOnce()).toEqual({ reused: false, text: 'inputs-2 made' });
    // The cached file altered on disk: the entry is not trusted.
    const entries = join('.cache', 'build', 'pagefind');
    const entry = readdirSync(entries)
      .map((e) => join(entries, e))
      .find((e) => readFileSync(join(e, 'manifest.json'), 'utf8').includes(key))!;
    writeFileSync(join(entry, 'files', 'bundle.txt'), 'forged');
    expect(await runOnce()).toEqual({ reused: false, text: 'inputs-2 made' });
    expect(runs).toBe(3);
  });
});
