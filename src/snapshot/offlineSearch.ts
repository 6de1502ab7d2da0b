// A search page for a snapshot that needs neither a server nor WebAssembly: the issue's
// documents are inline, and a few lines of script find a text in them.
import { queryParts } from '../search/tokens.ts';
import { jsonForScript } from '../utils/inlineJson.ts';

export interface OfflineDocument {
  title: string;
  /** Relative link from the search page to the document. */
  href: string;
  text: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Runs in the browser, reading a query as the site's search does (queryParts, whose source
// is put before this one's): every part must be in the document, matched on letters and digits
// alone, as the index keeps them — white space the PDF converter scattered, brackets typed
// [2021] for 〔2021〕 and other marks do not stop a match. Its source is the page's script, so a
// formatter must leave it as written: reformatting it would change every snapshot's bytes.
// prettier-ignore
function search(queryParts: (typed: string) => string[]): void {
  const data = JSON.parse(document.getElementById('documents')!.textContent!) as OfflineDocument[];
  const form = document.getElementById('offline-search') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  // A text's letters and digits, and where each stands in the text, to show a match as printed.
  const letters = (text: string) => {
    let kept = '';
    const at: number[] = [];
    for (let i = 0; i < text.length; i++)
      if (/[\p{L}\p{N}]/u.test(text[i]!)) {
        kept += text[i];
        at.push(i);
      }
    return { kept, at };
  };
  const keep = (part: string) => letters(part).kept;
  const run = () => {
    const parts = queryParts(input.value).map(keep);
    list.replaceChildren();
    if (parts.length === 0) {
      status.textContent = '请输入要查找的文字。';
      return;
    }
    for (const doc of data) {
      const text = letters(doc.text);
      const title = keep(doc.title);
      if (!parts.every((part) => text.kept.includes(part) || title.includes(part))) continue;
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = doc.href;
      a.textContent = doc.title;
      const p = document.createElement('p');
      const found = text.kept.indexOf(parts[0]!);
      if (found >= 0) {
        const [from, to] = [text.at[found]!, text.at[found + parts[0]!.length - 1]! + 1];
        const mark = document.createElement('mark');
        mark.textContent = doc.text.slice(from, to);
        p.append(doc.text.slice(Math.max(0, from - 30), from), mark, doc.text.slice(to, to + 30));
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
<script>(${search.toString()})(${queryParts.toString()});</script>
</body>
</html>
`;
}
