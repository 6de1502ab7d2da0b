// The build's heavy steps run as child processes, a few at a time: a process gives all its
// memory back when it ends, and separate processes use every core. No child outlives the
// build: each is started with an IPC channel and ends when that channel closes, which happens
// however the parent ends, SIGKILL included (scripts/build/with-parent.ts); a parent that is
// stopped or fails stops the children it has running (stopChildren).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WITH_PARENT = fileURLToPath(new URL('./with-parent.ts', import.meta.url));
const running = new Set<ChildProcess>();

/**
 * Runs `node <script> <args>` with extra environment; rejects if it fails. What the child
 * sends on its channel (process.send) goes to `onMessage`.
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  onMessage?: (message: unknown) => void,
): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', WITH_PARENT, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    running.add(child);
    if (onMessage) child.on('message', onMessage);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) done();
      else
        fail(
          new Error(
            `${script} ${args.join(' ')} ${signal ? `stopped by ${signal}` : `exited ${code}`}`,
          ),
        );
    });
  });
}

/** Stops every child still running and waits until they have ended. */
export async function stopChildren(): Promise<void> {
  const ending = [...running].map(
    (child) =>
      new Promise((ended) => {
        child.once('close', ended);
        child.kill('SIGTERM');
      }),
  );
  await Promise.all(ending);
}
