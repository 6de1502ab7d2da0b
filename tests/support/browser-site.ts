// The sub-path test site served on loopback and Debian's Chromium, for a browser test file.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launch, PHONE } from '../../scripts/bench/chromium.ts';
import { serve, type StaticSite } from '../../scripts/lib/serve.ts';
import { SITES } from './sites.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Registers the hooks; `open` loads a site path in a new phone-sized page and checks it answered 200. */
export function browserSite(): {
  open: (path: string, colorScheme?: 'light' | 'dark', javaScript?: boolean) => Promise<Page>;
} {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serve(SITES.sub.dir, SITES.sub.base);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    open: async (path, colorScheme = 'light', javaScript = true) => {
      const page = await browser.newPage({
        viewport: PHONE,
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
