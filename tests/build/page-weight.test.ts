// The page weight npm run lighthouse reports (scripts/bench/page-weight.ts): what a first visit
// downloads from the site, each file gzipped.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.ts';

const gz = (text: string) => gzipSync(text, { level: 6 }).length;

describe('a page’s weight', () => {
  it('is its HTML and the stylesheets and scripts it links from the site, each gzipped, each once', () => {
    const out = mkdtempSync(join(tmpdir(), 'gongbao-weight-'));
    mkdirSync(join(out, '_astro'));
    mkdirSync(join(out, 'a', '1'), { recursive: true });
    const css = 'body { margin: 0 }\n'.repeat(40);
    const js = 'console.log("公报");\n'.repeat(30);
    writeFileSync(join(out, '_astro', 'page.css'), css);
    writeFileSync(join(out, '_astro', 'search.js'), js);
    // An icon and a feed are not loaded on a visit; another site's file is not the site's.
    const html = `<!doctype html><html><head>
<link href="/gongbao/_astro/page.css?v=1" rel="stylesheet">
<link rel="stylesheet" href="/gongbao/_astro/page.css">
<link rel="icon" href="/gongbao/favicon.svg">
<link rel="alternate" type="application/atom+xml" href="/gongbao/atom.xml">
<link rel="stylesheet" href="https://cdn.example.com/x.css">
<script type="module" src="/gongbao/_astro/search.js"></script>
</head><body><p>${'正文'.repeat(500)}</p></body></html>`;
    writeFileSync(join(out, 'a', '1', 'index.html'), html);
    expect(pageWeight(out, '/gongbao/', 'a/1/')).toEqual({
      html: gz(html),
      total: gz(html) + gz(css) + gz(js),
    });
  });
});
