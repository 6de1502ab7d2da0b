// Wall time, CPU time and peak resident memory of a command and every process it starts
// (Astro runs, Pagefind's binary), sampled from /proc on Linux every 100 ms. Each command
// starts once the disk has written what the commands before it wrote or removed (sync): none
// is charged with another's writes (the bench removes a Hugo site just before the publish).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const TICKS = 100; // clock ticks a second (USER_HZ)

/** Resident memory of a process tree, and the CPU seconds each of its processes has used. */
function treeUsage(root: number): { rss: number; cpu: Map<number, number> } {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * PAGE);
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / TICKS); // utime + stime
    } catch {
      // the process ended while we looked
    }
  }
  const total = { rss: 0, cpu: new Map<number, number>() };
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total.rss += rss.get(pid) ?? 0;
    total.cpu.set(pid, cpu.get(pid) ?? 0);
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return total;
}

export interface Measured {
  seconds: number;
  /** CPU seconds of every process of the tree as last sampled (each up to 100 ms short) */
  cpuSeconds: number;
  peakBytes: number;
  output: string;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  spawnSync('sync');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    // Per process, not the parent's count of its children: Pagefind's binary is not always
    // waited for, and then its time is counted nowhere.
    const cpu = new Map<number, number>();
    const timer = setInterval(() => {
      const usage = treeUsage(child.pid!);
      peak = Math.max(peak, usage.rss);
      for (const [pid, seconds] of usage.cpu) cpu.set(pid, seconds);
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-2000)}`));
      else
        resolve({
          seconds: (performance.now() - started) / 1000,
          cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0),
          peakBytes: peak,
          output,
        });
    });
  });
}
