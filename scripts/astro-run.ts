// One Astro run of the build (scripts/pages.ts): `node scripts/astro-run.ts <root>`, with its
// plan in <root>/plan.json (src/data/plan.ts) and OUT_DIR in the environment. ASTRO_LOG=info
// shows Astro's own log.
import { relative, resolve } from 'node:path';
import { build } from 'astro';
import { config } from '../src/config.ts';
import { commandLine } from './lib/args.ts';

const root = resolve(
  commandLine('node scripts/astro-run.ts <root>', { allowPositionals: true }).positionals[0] ?? '.',
);
await build({
  root,
  configFile: relative(root, resolve('astro.config.mjs')),
  logLevel: config.ASTRO_LOG,
});
