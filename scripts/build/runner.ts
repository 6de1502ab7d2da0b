// The build's one runner. Every step (convert, pages, search index, snapshots) hands it tasks
// of one shape: an id, the ids it depends on, and a run; a task whose output the build cache
// keeps declares it (`cache`: its kind, key and inputs' hash), and the runner reuses a cached
// output or keeps a new one (scripts/build/cache.ts). The runner starts a task once everything it
// depends on has succeeded, in the order given, at most `slots` at a time (the heavy ones are
// child processes, scripts/build/pool.ts), light ones beside them. A failure stops what depends
// on it and nothing else; `stop` ends every child process still running.
import { cached, type Kind } from './cache.ts';
import type { CarryOver } from './carry.ts';
import { stopChildren } from './pool.ts';

export interface Task {
  /** Unique within a run: `pages:shard-3`. */
  id: string;
  /** Tasks that must have succeeded before this one starts. */
  deps?: string[];
  /**
   * Runs in the build's own process, starting no child (a look into the build cache, moving
   * files): it takes no slot, so that it never keeps a process waiting.
   */
  light?: boolean;
  /**
   * An output the build cache keeps: the task's run writes it into the folder it returns, and
   * it is put at `into`; with the same `inputs` (a SHA-256 of everything it is made from,
   * scripts/build/keys.ts) it is taken from the cache instead.
   */
  cache?: {
    kind: Kind;
    key: string;
    inputs: () => string;
    into: string;
    /** Kept where the published site holds it, at `unit`, instead (scripts/build/carry.ts). */
    carry?: { over: CarryOver; unit: string };
  };
  /** Does the work; with `cache`, returns the folder it wrote the output into. */
  run: () => Promise<string | void>;
  /** Called when the task has succeeded, run or reused (for progress). */
  settled?: () => void;
}

export interface Outcome {
  /** Ids of the tasks that succeeded, in the order they ended. */
  done: string[];
  /** Ids of the tasks whose output came from the build cache. */
  reused: string[];
  /** Each task that failed, and why. */
  failed: Map<string, unknown>;
  /** Ids of the tasks not run because a task they depend on failed. */
  blocked: string[];
}

/** Runs `tasks` as their dependencies allow, at most `slots` at a time. */
export async function runTasks(tasks: Task[], slots: number): Promise<Outcome> {
  const ids = new Set(tasks.map((t) => t.id));
  if (ids.size !== tasks.length) throw new Error('runTasks: two tasks share an id');
  for (const task of tasks)
    for (const dep of task.deps ?? [])
      if (!ids.has(dep)) throw new Error(`runTasks: ${task.id} depends on unknown ${dep}`);
  const outcome: Outcome = { done: [], reused: [], failed: new Map(), blocked: [] };
  const waiting = [...tasks];
  const settled = new Set<string>();
  let running = 0;
  return new Promise((resolve) => {
    const next = () => {
      // What depends on a failure is blocked, and so, in turn, is what depends on that.
      let blocking = true;
      while (blocking) {
        blocking = false;
        for (const task of [...waiting]) {
          if ((task.deps ?? []).some((d) => outcome.failed.has(d) || outcome.blocked.includes(d))) {
            waiting.splice(waiting.indexOf(task), 1);
            outcome.blocked.push(task.id);
            settled.add(task.id);
            blocking = true;
          }
        }
      }
      for (const task of [...waiting]) {
        if (!task.light && running >= slots) continue;
        if (!(task.deps ?? []).every((d) => outcome.done.includes(d))) continue;
        waiting.splice(waiting.indexOf(task), 1);
        if (!task.light) running++;
        start(task)
          .then(
            (reused) => {
              outcome.done.push(task.id);
              if (reused) outcome.reused.push(task.id);
            },
            (error: unknown) => void outcome.failed.set(task.id, error),
          )
          .finally(() => {
            if (!task.light) running--;
            settled.add(task.id);
            next();
          });
      }
      if (settled.size === tasks.length) resolve(outcome);
    };
    next();
  });
}

/** Runs a task, through the build cache when it declares an output; true when its output was reused. */
async function start(task: Task): Promise<boolean> {
  if (!task.cache) {
    await task.run();
    return false;
  }
  const { kind, key, inputs, into, carry } = task.cache;
  const hash = inputs();
  if (carry?.over.take([{ kind, key, inputs: () => hash, unit: carry.unit, root: carry.unit }]))
    return true;
  const built = async () => {
    const folder = await task.run();
    if (typeof folder !== 'string')
      throw new Error(`${task.id}: a cached task returns its output's folder`);
    return folder;
  };
  return (await cached(kind, key, hash, into, built)) === 'reused';
}

/** Runs the tasks; when any fails, throws once all have settled, naming every failure. */
export async function runOrFail(tasks: Task[], slots: number): Promise<Outcome> {
  const outcome = await runTasks(tasks, slots);
  if (outcome.failed.size > 0)
    throw new Error(
      [...outcome.failed].map(([id, error]) => `${id}: ${(error as Error).message}`).join('; '),
    );
  return outcome;
}

/** Ends every child process a task started, and waits until they have ended. */
export const stop = stopChildren;
