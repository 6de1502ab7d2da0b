// One Astro run of the build (scripts/pages.ts): `node scripts/astro-run.ts <root>`,
// with GONGBAO_RUN, GONGBAO_GAZETTES and OUT_DIR in the environment. ASTRO_LOG=info shows
// Astro's own log.
import { relative, resolve } from 'node:path';
import { build } from 'astro';

const root = resolve(process.argv[2]!);
await build({ root, configFile: relative(root, resolve('astro.config.mjs')), logLevel: (process.env.ASTRO_LOG as 'info' | 'warn' | undefined) ?? 'error' });
