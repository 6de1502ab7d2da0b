// vitest globalSetup: build the sample site (npm run build's pipeline) for both base paths.
import { execFileSync } from 'node:child_process';
import { SITE_URL, SITES } from './sites.ts';

// Vitest puts its own Vite variables (BASE_URL, MODE, NODE_ENV=test, …) into process.env;
// a child build must not inherit them, or Astro reads BASE_URL from there.
export const VITEST_VARS = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'NODE_ENV',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
];
export const cleanEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITEST_VARS.includes(k)));

export default function setup(): void {
  for (const { dir, basePathSetting, shardDocuments, listPageSize } of Object.values(SITES)) {
    const env = {
      ...cleanEnv(),
      OUT_DIR: dir,
      BASE_PATH: basePathSetting,
      SITE_URL,
      SHARD_DOCUMENTS: String(shardDocuments),
      LIST_PAGE_SIZE: String(listPageSize),
    };
    execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env });
  }
}
