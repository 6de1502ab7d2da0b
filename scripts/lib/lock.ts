// One build at a time per project: two builds would write the same generated content, cache
// and staging folder under each other. The lock is a file holding its owner's pid and start
// time, created whole or not at all (written aside, then linked into place: a second build
// never reads a half-written lock). It is released when its owner exits; a build killed by
// SIGKILL leaves it behind, and the next build sees that its owner is gone (no such process,
// or a process of that pid started at another time) and takes it over.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { phrase } from '../../src/diagnostics/phrases.ts';

export const BUILD_LOCK = '.cache/build.lock';

/** A process's start time (clock ticks since boot, Linux), to tell it from a later one with its pid. */
function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name before it, in parentheses, may hold spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function alive(pid: number, started: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return started === '' || startTime(pid) === '' || startTime(pid) === started;
}

/** The owner of the lock at `file`: its pid and start time, or null when there is none. */
function owner(file: string): { pid: number; started: string } | null {
  try {
    const [pid, started = ''] = readFileSync(file, 'utf8').trim().split(' ');
    return Number.isInteger(Number(pid)) && Number(pid) > 0 ? { pid: Number(pid), started } : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock at `file` for this process until it exits; returns null when taken, or the
 * pid of the live process that holds it.
 */
export function takeLock(file: string): number | null {
  mkdirSync(dirname(file), { recursive: true });
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, `${process.pid} ${startTime(process.pid)}\n`);
  try {
    for (;;) {
      try {
        linkSync(mine, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const held = owner(file);
      if (held && alive(held.pid, held.started)) return held.pid;
      // Its owner is gone (killed): the lock is taken over.
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(mine, { force: true });
  }
  process.on('exit', () => {
    if (owner(file)?.pid === process.pid) rmSync(file, { force: true });
  });
  return null;
}

/** Ends the command, saying so, when another build of this project is running. */
export function oneBuildAtATime(command: string): void {
  const holder = takeLock(BUILD_LOCK);
  if (holder === null) return;
  console.error(phrase('build-locked', { command, pid: holder }));
  process.exit(1);
}
