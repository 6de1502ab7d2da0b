import { defineConfig } from 'vitest/config';

// Two tiers: `unit` needs nothing built and runs in seconds (npm run test:unit); `site` builds
// the sample site twice (globalSetup) and reads it from disk or in Chromium.
const SITE_TESTS = [
  'tests/site/**/*.test.ts',
  'tests/browser/**/*.test.ts',
  'tests/snapshot/snapshot.test.ts',
  'tests/reproducible.test.ts',
  'tests/publish.test.ts',
  'tests/printed.test.ts',
  'tests/build/outside.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The parser and the search words are what every page rests on: npm test fails when their
    // coverage falls below these marks. The search page's script runs in Chromium (tests/browser).
    coverage: {
      provider: 'v8',
      include: ['src/parser/**', 'src/search/**'],
      exclude: ['src/search/page.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 92, branches: 85, functions: 92, statements: 92 },
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: SITE_TESTS },
      },
      {
        extends: true,
        test: { name: 'site', include: SITE_TESTS, globalSetup: ['tests/support/build-sites.ts'] },
      },
    ],
  },
});
