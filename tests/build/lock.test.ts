// One build at a time per project: a second build says in Chinese which process holds the
// lock and exits 1 without touching anything; a build killed by SIGKILL does not leave the
// lock stuck; a build that ends releases it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { cleanEnv } from '../support/build-sites.ts';

const LOCK = pathToFileURL(resolve('scripts/lib/lock.ts')).href;
const take = (then: string) =>
  `import { takeLock } from ${JSON.stringify(LOCK)};
   const holder = takeLock('.cache/build.lock');
   process.stdout.write(holder === null ? 'taken\\n' : 'held by ' + holder + '\\n');
   ${then}`;

/** A process that takes the lock in `cwd` and keeps it until it is killed. */
async function holder(cwd: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', take('setInterval(() => {}, 1000);')],
    {
      cwd,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const said = await new Promise<string>((done) =>
    child.stdout!.once('data', (d) => done(String(d))),
  );
  expect(said).toBe('taken\n');
  return child;
}

const tryLock = (cwd: string) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', take('')], {
    cwd,
    encoding: 'utf8',
    env: cleanEnv(),
  }).stdout;

const killed = (child: ChildProcess) =>
  new Promise<void>((done) => {
    child.once('close', () => done());
    child.kill('SIGKILL');
  });

describe('the build lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused while its holder lives, taken over once it is killed, and released at exit', async () => {
    const first = await holder(dir);
    expect(readFileSync(join(dir, '.cache/build.lock'), 'utf8')).toMatch(
      new RegExp(`^${first.pid} \\d+\\n$`),
    );
    expect(tryLock(dir)).toBe(`held by ${first.pid}\n`);
    await killed(first);
    // The killed holder's lock is still there, and is taken over.
    expect(existsSync(join(dir, '.cache/build.lock'))).toBe(true);
    expect(tryLock(dir)).toBe('taken\n');
    // That process ended normally: the lock went with it.
    expect(existsSync(join(dir, '.cache/build.lock'))).toBe(false);
    expect(tryLock(dir)).toBe('taken\n');
  });

  it('is not fooled by a pid that a later process took', () => {
    // pid 1 is alive, but not the process that wrote this lock (another start time).
    const lock = join(dir, '.cache/build.lock');
    spawnSync('sh', ['-c', `mkdir -p ${dir}/.cache && echo '1 1' > ${lock}`]);
    expect(tryLock(dir)).toBe('taken\n');
  });

  it('stops a second build at once, in Chinese, naming the process', async () => {
    const project = projectCopy('gongbao-lock-build-', { withContent: true });
    try {
      const first = await holder(project);
      const build = spawnSync(process.execPath, ['scripts/build.ts'], {
        cwd: project,
        encoding: 'utf8',
        env: cleanEnv(),
      });
      await killed(first);
      expect(build.status).toBe(1);
      expect(build.stderr).toBe(
        `build：另一个构建正在运行（进程 ${first.pid}），请等它结束后再运行；本次没有改动任何文件\n`,
      );
      expect(existsSync(join(project, 'src/content/generated'))).toBe(false);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
