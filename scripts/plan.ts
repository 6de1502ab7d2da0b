// npm run plan [-- --json]: how many shards the converted archive is built in (run convert
// first), for a CI that builds the shards as separate jobs (.ci/, README "Scaling past one
// machine"); --json prints the shards' numbers as a list, for a job matrix.
import { readIssueRecords } from '../src/data/generated.ts';
import { commandLine } from './lib/args.ts';
import { planShards } from './lib/shards.ts';

const { values } = commandLine('npm run plan [-- --json]', {
  options: { json: { type: 'boolean' } },
});
const shards = planShards(readIssueRecords());
console.log(values.json ? JSON.stringify(shards.map((_, i) => i)) : String(shards.length));
