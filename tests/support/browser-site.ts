// The sub-path test site served on loopback and Debian's Chromium, for a browser test file; or
// a copy of the project whose content a test file changes, built and served the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { launch, PHONE } from '../../scripts/bench/chromium.ts';
import { serve, type StaticSite } from '../../scripts/lib/serve.ts';
import { run } from './dist.ts';
import { SITE_URL, SITES } from './sites.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

type Open = (
  path: string,
  colorScheme?: 'light' | 'dark',
  javaScript?: boolean,
  viewport?: { width: number; height: number },
) => Promise<Page>;

/**
 * Registers the hooks; `open` loads a site path in a new page, phone-sized unless given another
 * viewport, and checks it answered 200.
 */
export function browserSite(): { open: Open } {
  return servedSite(async () => serve(SITES.sub.dir, SITES.sub.base));
}

/**
 * The sample site built by npm run build in a copy of the project whose content `prepare`
 * changes (given the copy's folder), under the sub-path as the test site; `dir` is the copy's,
 * once built.
 */
export function copiedSite(
  prefix: string,
  prepare: (dir: string) => void,
): { open: Open; dir: () => string } {
  let dir = '';
  const site = servedSite(async () => {
    dir = projectCopy(prefix, { withContent: true });
    prepare(dir);
    run(dir, ['scripts/build.ts'], {
      OUT_DIR: 'dist',
      BASE_PATH: SITES.sub.basePathSetting,
      SITE_URL,
    });
    return serve(join(dir, 'dist'), SITES.sub.base);
  }, 300_000);
  return { open: site.open, dir: () => dir };
}

function servedSite(start: () => Promise<StaticSite>, timeout?: number): { open: Open } {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await start();
    browser = await launch();
  }, timeout);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    open: async (path, colorScheme = 'light', javaScript = true, viewport = PHONE) => {
      const page = await browser.newPage({
        viewport,
        colorScheme,
        javaScriptEnabled: javaScript,
      });
      const response = await page.goto(site.url + path);
      expect(response?.status()).toBe(200);
      return page;
    },
  };
}

/** axe-core's violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
          }>;
        };
      }
    ).axe.run();
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
  });
}
