// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Where the site is served: SITE_URL is its origin (for canonical URLs, feeds, sitemap),
// BASE_PATH the sub-path under it ("/" or "/gongbao/"). OUT_DIR is where the build goes.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://gongbao.example.gov.cn',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
