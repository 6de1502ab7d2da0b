// The build's heavy steps run as child processes, a few at a time: a process gives all its
// memory back when it ends, and separate processes use every core. No child outlives the
// build: each is started with an IPC channel and ends when that channel closes, which happens
// however the parent ends, SIGKILL included (scripts/build/with-parent.ts); a parent that is
// stopped or fails stops the children it has running (stopChildren). A child whose event loop
// stops turning (it stops saying it is alive: scripts/build/with-parent.ts) is hung: it is
// killed and run once more, so that a build left to run unattended does not wait for ever.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { phrase } from '../../src/diagnostics/phrases.ts';
import { HEARTBEAT } from './heartbeat.ts';

const WITH_PARENT = fileURLToPath(new URL('./with-parent.ts', import.meta.url));
const running = new Set<ChildProcess>();

/**
 * How long a child may stay silent before it counts as hung: far above the longest a child's
 * event loop is busy between two turns (an issue's snapshot, a batch of search records), on a
 * machine slowed by other work too.
 */
const SILENCE_MS = 120_000;

export interface RunOptions {
  /** Silence (ms) after which the child counts as hung. */
  silence?: number;
  /** How many times a hung child is run again. */
  retries?: number;
}

/**
 * Runs `node <script> <args>` with extra environment; rejects if it fails. What the child
 * sends on its channel (process.send) goes to `onMessage`. A child silent for `silence` ms is
 * killed and run again, `retries` times, each said on stderr.
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  onMessage?: (message: unknown) => void,
  { silence = SILENCE_MS, retries = 1 }: RunOptions = {},
): Promise<void> {
  const command = [script, ...args].join(' ');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', WITH_PARENT, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    running.add(child);
    let heard = Date.now();
    let hung = false;
    const watch = setInterval(
      () => {
        if (Date.now() - heard <= silence) return;
        hung = true;
        child.kill('SIGKILL');
      },
      Math.min(silence / 4, 5_000),
    );
    child.on('message', (message) => {
      heard = Date.now();
      if (message !== HEARTBEAT) onMessage?.(message);
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearInterval(watch);
      running.delete(child);
      if (hung) {
        const again = retries > 0;
        console.error(
          phrase('child-hung', { command, seconds: Math.round(silence / 1000), again }),
        );
        if (again) done(runScript(script, args, env, onMessage, { silence, retries: retries - 1 }));
        else fail(new Error(`${command} hung`));
      } else if (code === 0) done();
      else fail(new Error(`${command} ${signal ? `stopped by ${signal}` : `exited ${code}`}`));
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
