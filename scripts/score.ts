// npm run score [-- --misses]: the parser against the real-text corpus (tests/corpus/*/key.json).
// Per issue and in total: segmentation precision and recall, merge errors, field accuracy and
// the nothing-lost check; --misses lists every wrong field and every missed or spurious item.
// The issues set aside as unseen (tests/corpus/SET-ASIDE.md) are listed and totalled apart, those
// already looked at apart from those still unseen.
import { fieldAccuracy, precision, recall, type Score, totalScore } from '../src/quality/score.ts';
import { commandLine } from './lib/args.ts';
import { CORPUS, scoreCorpus } from './lib/corpus.ts';

const { values } = commandLine('npm run score [-- --misses]', {
  options: { misses: { type: 'boolean' } },
});
const issues = scoreCorpus();
if (issues.length === 0) {
  console.error(`${CORPUS}: no issue with a key.json`);
  process.exit(1);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, s: Score, lost: string) =>
  [
    name.padEnd(28),
    `${s.keyItems}`.padStart(5),
    `${s.predicted}`.padStart(5),
    pct(precision(s)).padStart(7),
    pct(recall(s)).padStart(7),
    `${s.merges}`.padStart(6),
    `${s.fieldsRight}/${s.fieldsChecked}`.padStart(9),
    pct(fieldAccuracy(s)).padStart(7),
    lost.padStart(8),
  ].join(' ');

console.log(
  [
    'issue'.padEnd(28),
    'key'.padStart(5),
    'found'.padStart(5),
    'P'.padStart(7),
    'R'.padStart(7),
    'merges'.padStart(6),
    'fields'.padStart(9),
    'acc'.padStart(7),
    'lost'.padStart(8),
  ].join(' '),
);
// The set-aside issues (tests/corpus/SET-ASIDE.md) are the parser's unseen test: apart, with a total
// of their own; those already looked at are totalled apart again, so that the unseen total stays unseen.
for (const [label, group] of [
  ['total', issues.filter((i) => !i.setAside)],
  ['set aside, seen', issues.filter((i) => i.setAside === 'seen')],
  ['set aside, unseen', issues.filter((i) => i.setAside === 'unseen')],
] as const) {
  if (group.length === 0) continue;
  for (const i of group)
    console.log(
      row(
        i.path.slice(CORPUS.length + 1),
        i.score,
        i.refused ? 'refused' : `${(100 - i.account.percent).toFixed(2)}%`,
      ),
    );
  const lost = group.reduce((n, i) => n + i.account.total - i.account.accounted, 0);
  console.log(row(label, totalScore(group.map((i) => i.score)), `${lost} ch`));
}

if (values.misses) {
  for (const i of issues) {
    if (i.refused) console.log(`${i.path}: refused: ${i.refused}`);
    for (const line of i.score.missed)
      console.log(`${i.path}:${line}: key item not found as an item of its own`);
    for (const line of i.score.spurious)
      console.log(`${i.path}:${line}: an item that is not in the key`);
    for (const m of i.score.misses)
      console.log(
        `${i.path}:${m.line}: ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`,
      );
    for (const m of i.account.missing)
      console.log(`${i.path}:${m.line}: not in the output: ${m.chars}`);
  }
}
