// The build's heavy steps run as child processes, a few at a time: a process gives all its
// memory back when it ends, and separate processes use every core.
import { spawn } from 'node:child_process';

/** Runs `node <script> <args>` with extra environment; rejects if it fails. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${script} ${args.join(' ')} exited ${code}`))));
  });
}

/** Runs the tasks in order, at most `slots` at a time. */
export async function runAll(tasks: Array<() => Promise<void>>, slots: number): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(slots, tasks.length) }, async () => {
    while (next < tasks.length) await tasks[next++]!();
  }));
}
