// Progress of a long build step: counts, rate and time left. On a terminal one line is
// rewritten in place; in a log (CI) a line is printed at every tenth of the way.
import { phrase, type Step } from '../../src/diagnostics/phrases.ts';

export function progress(step: Step): (done: number, total: number) => void {
  const started = performance.now();
  let lastTenth = -1;
  return (done, total) => {
    const seconds = (performance.now() - started) / 1000;
    const left = done > 0 ? (seconds / done) * (total - done) : 0;
    const line = phrase('progress', {
      step,
      done,
      total,
      percent: Math.round((done / total) * 100),
      rate: (done / Math.max(seconds, 0.001)).toFixed(0),
      left: left.toFixed(0),
    });
    if (process.stdout.isTTY) {
      process.stdout.write(`\r${line}\x1b[K${done === total ? '\n' : ''}`);
    } else {
      const tenth = Math.floor((done / total) * 10);
      if (tenth > lastTenth || done === total) console.log(line);
      lastTenth = tenth;
    }
  };
}
