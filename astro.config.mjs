// @ts-check
import mdx from '@astrojs/mdx';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import { MDX_SYNTAX } from './src/emit/mdx.ts';
import { gongbaoRoutes } from './src/routes.ts';

// Where the site is served and where the build goes: the validated settings (src/config.ts).
const { SITE_URL: site, BASE_PATH: base, OUT_DIR } = config;

// @astrojs/mdx renders pages written in MDX; the documents' bodies are rendered in the content
// layer (src/render/), byte for byte as this configuration renders MDX (optimize: static markup
// as one HTML string; tests/site/body-rendering.test.ts compares). MDX_SYNTAX: the syntax
// convert writes and checks the MDX in (no GFM, no smart punctuation). Gazettes hold no
// program code: no highlighter is loaded.
export default defineConfig({
  site,
  base,
  // Absolute, because the build's Astro runs each have a root of their own (scripts/pages.ts).
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  outDir: resolve(fileURLToPath(new URL('./', import.meta.url)), OUT_DIR),
  trailingSlash: 'always',
  // Pages render four at a time: a page waits on its MDX module and on writing its file.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [gongbaoRoutes(), mdx({ optimize: true, syntaxHighlight: false, ...MDX_SYNTAX })],
  devToolbar: { enabled: false },
  // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler would
  // otherwise warn about once per document.
  vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
});
