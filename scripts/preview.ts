// npm run preview [-- --port <n>]: dist/ (OUT_DIR) served over HTTP at its base path
// (BASE_PATH), as the static host will serve it: a link that leaves the base path is a 404.
import { existsSync } from 'node:fs';
import { config } from '../src/config.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { commandLine } from './lib/args.ts';
import { serve } from './lib/serve.ts';

const usage = 'npm run preview [-- --port <n>]';
const { values } = commandLine(usage, { options: { port: { type: 'string', default: '4321' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(phrase('usage', { usage }));
  process.exit(2);
}
if (!existsSync(config.OUT_DIR)) {
  console.error(phrase('preview-no-build', { dir: config.OUT_DIR }));
  process.exit(1);
}
try {
  const site = await serve(config.OUT_DIR, config.BASE_PATH, port);
  console.log(phrase('preview-serving', { dir: config.OUT_DIR, url: site.url }));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(phrase('preview-port-in-use', { port }));
  process.exitCode = 1;
}
