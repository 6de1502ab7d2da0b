// A search page for a snapshot that needs neither a server nor WebAssembly: the issue's
// documents are inline, and a few lines of script find a text in them.
import { jsonForScript } from '../utils/inlineJson.ts';

export interface OfflineDocument {
  title: string;
  /** Relative link from the search page to the document. */
  href: string;
  text: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Runs in the browser. Matching ignores white space, which the PDF converter scattered.
// Its source is the page's script, so a formatter must leave it as written: reformatting it
// would change every snapshot's bytes.
// prettier-ignore
function search(): void {
  const data = JSON.parse(document.getElementById('documents')!.textContent!) as OfflineDocument[];
  const form = document.getElementById('offline-search') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const squash = (s: string) => s.replace(/\s+/g, '');
  const run = () => {
    const query = squash(input.value);
    list.replaceChildren();
    if (!query) {
      status.textContent = '请输入要查找的文字。';
      return;
    }
    for (const doc of data) {
      const text = squash(doc.text);
      const at = text.indexOf(query);
      if (at < 0 && !squash(doc.title).includes(query)) continue;
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = doc.href;
      a.textContent = doc.title;
      const p = document.createElement('p');
      if (at >= 0) {
        const mark = document.createElement('mark');
        mark.textContent = text.slice(at, at + query.length);
        p.append(text.slice(Math.max(0, at - 30), at), mark, text.slice(at + query.length, at + query.length + 30));
      }
      li.append(a, p);
      list.append(li);
    }
    status.textContent = list.children.length ? `本期有${list.children.length}篇文件含“${input.value.trim()}”。` : `本期没有文件含“${input.value.trim()}”。`;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
    run();
  });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value) run();
}

export function offlineSearchPage(
  issueLabel: string,
  stylesheets: string[],
  documents: OfflineDocument[],
): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>在本期中查找 - ${escapeHtml(issueLabel)}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
</head>
<body>
<main id="main">
<nav class="breadcrumbs" aria-label="位置"><ol><li><a href="index.html">${escapeHtml(issueLabel)}</a></li><li><span aria-current="page">在本期中查找</span></li></ol></nav>
<h1>在本期中查找</h1>
<form id="offline-search" class="site-search" role="search" aria-label="在本期中查找">
<label for="offline-q" class="visually-hidden">要查找的文字</label>
<input id="offline-q" name="q" type="search" placeholder="要查找的文字">
<button type="submit">查找</button>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="doc-list"></ol>
</main>
<script type="application/json" id="documents">${jsonForScript(documents)}</script>
<script>(${search.toString()})();</script>
</body>
</html>
`;
}
