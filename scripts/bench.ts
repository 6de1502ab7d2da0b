// npm run bench: parse throughput on the sample issues — MB of input text per second, the
// median of several runs after a warm-up, for all samples together and for each one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIssue } from '../src/parser/index.ts';

const RUNS = 15;
const WARMUP = 3;

const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: join('content', f), bytes: readFileSync(join('content', f)) }));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function throughput(inputs: typeof files): { mbPerSecond: number; ms: number } {
  const times: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const start = performance.now();
    for (const f of inputs) parseIssue(f.path, f.bytes);
    if (run >= WARMUP) times.push(performance.now() - start);
  }
  const ms = median(times);
  const mb = inputs.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  return { mbPerSecond: mb / (ms / 1000), ms };
}

console.log(`parse: ${files.length} sample issues, median of ${RUNS} runs after ${WARMUP} warm-up runs (Node ${process.version})`);
const all = throughput(files);
const total = files.reduce((n, f) => n + f.bytes.length, 0);
console.log(`  all samples  ${(total / 1e6).toFixed(3)} MB  ${all.ms.toFixed(1)} ms  ${all.mbPerSecond.toFixed(2)} MB/s`);
for (const f of files) {
  const one = throughput([f]);
  console.log(`  ${f.path.padEnd(28)} ${(f.bytes.length / 1e3).toFixed(0).padStart(4)} kB  ${one.ms.toFixed(1).padStart(6)} ms  ${one.mbPerSecond.toFixed(2)} MB/s`);
}
