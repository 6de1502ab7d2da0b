// The search page in the browser: reads the query and filters from the URL, goes straight to
// a document whose 发文字号 was typed, otherwise asks Pagefind and shows the results with
// their 发文字号, date, issuer and a highlighted excerpt, and the filters' remaining counts.
import { docNumberFile, docNumberOf, partialNumberQuery } from './docNumberQuery.ts';
import { formatDate } from '../utils/format.ts';
import { inForceFilters } from './inForce.ts';
import { excerptText, toQueries } from './tokens.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Hit {
  id: string;
  data(): Promise<PagefindResult>;
}
interface Search {
  results: Hit[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  mergeIndex(bundlePath: string): Promise<void>;
  search(term: string | null, o?: object): Promise<Search>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * The documents that contain every part of the query as typed (exact phrases), in the order
 * Pagefind ranks the same words unquoted; by date when asked to sort by date. A query with
 * spaces is first a phrase of its own: the documents holding it as typed come first.
 */
export async function findDocuments(
  pf: Pagefind,
  typed: string,
  options: { filters: Record<string, unknown>; byDate: boolean },
): Promise<Search> {
  const sort = options.byDate ? { sort: { date: 'desc' } } : {};
  if (!typed) return pf.search(null, { filters: options.filters, ...sort });
  const { whole, phrases, words } = toQueries(typed);
  // Nothing Pagefind indexes (only symbols): nothing can match.
  if (phrases.length === 0) return { results: [], filters: {} };
  const [ranked, asTyped, ...exact] = await Promise.all([
    pf.search(words, { filters: options.filters, ...sort }),
    whole ? pf.search(whole, { filters: options.filters }) : null,
    ...phrases.map((p) => pf.search(p, { filters: options.filters })),
  ]);
  const keep = exact.reduce<Set<string> | null>((ids, s) => {
    const these = new Set(s.results.map((r) => r.id));
    return ids ? new Set([...ids].filter((id) => these.has(id))) : these;
  }, null);
  // The exact search's hits, whose excerpts mark the phrase rather than scattered characters.
  const exactHits = new Map(exact[0]!.results.map((r) => [r.id, r]));
  const results = ranked!.results.filter((r) => keep!.has(r.id)).map((r) => exactHits.get(r.id)!);
  if (asTyped) {
    const first = new Set(asTyped.results.map((r) => r.id));
    const ordered = [
      ...results.filter((r) => first.has(r.id)),
      ...results.filter((r) => !first.has(r.id)),
    ];
    return { results: options.byDate ? results : ordered, filters: ranked!.filters };
  }
  // With one part, the exact search's filter counts are the true ones.
  return { results, filters: exact.length === 1 ? exact[0]!.filters : ranked!.filters };
}

const PAGE_SIZE = 20;
const FILTERS = ['gazette', 'year', 'issuer', 'docType'] as const;

export async function runSearchPage(form: HTMLFormElement): Promise<void> {
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  // 在某日有效 (?inForce=YYYY-MM-DD): a date the reader picks; 今天 is the browser's own date.
  const inForce = form.elements.namedItem('inForce') as HTMLInputElement;
  const today = document.getElementById('search-today') as HTMLButtonElement;
  let pagefind: Promise<Pagefind> | undefined;
  // The index comes in shards (search/indexes.json lists them); the first is the primary bundle.
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`).then(
      async (pf: Pagefind) => {
        await pf.options({ bundlePath: form.dataset.bundle, excerptLength: 40 });
        const bundles: string[] = await fetch(`${form.dataset.numbers}indexes.json`)
          .then((r) => (r.ok ? r.json() : []))
          .catch(() => []);
        for (const bundle of bundles.slice(1))
          await pf.mergeIndex(
            new URL(`../${bundle}`, new URL(form.dataset.bundle!, location.href)).pathname,
          );
        return pf;
      },
    ));

  // The URL is the state: ?q=…&gazette=…&year=…&issuer=…&docType=…&sort=date
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const name of [...FILTERS, 'sort']) select(name).value = params.get(name) ?? '';
    inForce.value = params.get('inForce') ?? '';
    // Filters in use stay in view; otherwise they fold away above the results.
    if ([...FILTERS, 'sort', 'inForce'].some((name) => params.get(name)))
      (document.getElementById('search-filters') as HTMLDetailsElement).open = true;
  };

  // aria-busy tells assistive technology (and tests) when a search has finished rendering.
  const run = async () => {
    list.setAttribute('aria-busy', 'true');
    try {
      await search();
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  };

  const search = async () => {
    const typed = input.value.trim();
    const filters: Record<string, unknown> = Object.fromEntries(
      FILTERS.filter((f) => select(f).value).map((f) => [f, select(f).value]),
    );
    const day = /^\d{4}-\d{2}-\d{2}$/.test(inForce.value) ? inForce.value : '';
    list.replaceChildren();
    more.hidden = true;
    if (!typed && Object.keys(filters).length === 0 && !day) {
      status.textContent = '请输入关键词或发文字号。';
      return;
    }
    status.textContent = '正在搜索…';
    const number = typed ? docNumberOf(typed) : null;
    if (number) {
      const numbered: Record<string, NumberedDocument[] | undefined> = await fetch(
        `${form.dataset.numbers}${docNumberFile(number)}`,
      )
        .then((r) => (r.ok ? r.json() : {}))
        .catch(() => ({}));
      const targets = numbered[number] ?? [];
      if (targets.length === 1) {
        status.textContent = `正在打开 ${number}…`;
        location.replace(targets[0]!.url);
        return;
      }
      // Several documents print this number: the reader chooses, the page never does.
      if (targets.length > 1) {
        status.textContent = `发文字号 ${number} 见于${targets.length}篇文件，请选择：`;
        list.append(...targets.map(numberedItem));
        return;
      }
    }
    const pf = await load();
    const inForceOn = day ? inForceFilters(day, await pf.filters()) : null;
    const partial = typed ? partialNumberQuery(typed) : null;
    const search: Search =
      day && !inForceOn
        ? { results: [], filters: {} }
        : await findDocuments(pf, partial ?? typed, {
            filters: { ...filters, ...inForceOn },
            byDate: select('sort').value === 'date',
          });
    updateCounts(search.filters);
    const total = search.results.length;
    const onDay = day ? `在${formatDate(day)}有效的` : '';
    if (total === 0) {
      status.replaceChildren(
        typed ? `未找到与“${typed}”相关的${onDay}文件。` : `未找到${onDay}文件。`,
      );
      if (Object.keys(filters).length > 0 || day) {
        const clear = document.createElement('button');
        clear.type = 'button';
        clear.className = 'link-button';
        clear.textContent = '清除筛选条件后重新搜索';
        clear.addEventListener('click', () => {
          for (const f of FILTERS) select(f).value = '';
          inForce.value = '';
          submit();
        });
        status.append(' 可以尝试', clear, '。');
      } else status.append(' 请尝试更短的关键词。');
      return;
    }
    status.textContent = number
      ? `本站未收录 ${number}，以下是相关文件，共${total}篇。`
      : partial
        ? `“${typed}”不是完整的发文字号，以下是可能的${onDay}文件，共${total}篇。`
        : `找到${total}篇${onDay}文件。`;
    let shown = 0;
    const showMore = async () => {
      const page = await Promise.all(
        search.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()),
      );
      list.append(...page.map(resultItem));
      shown += page.length;
      more.hidden = shown >= total;
    };
    more.onclick = showMore;
    await showMore();
  };

  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const f of FILTERS) {
      for (const option of select(f).querySelectorAll<HTMLOptionElement>('option[data-label]')) {
        option.textContent = `${option.dataset.label}（${counts[f]?.[option.value] ?? 0}）`;
      }
    }
  };

  const submit = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const name of [...FILTERS, 'sort'])
      if (select(name).value) params.set(name, select(name).value);
    if (inForce.value) params.set('inForce', inForce.value);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    void run();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  for (const name of [...FILTERS, 'sort']) select(name).addEventListener('change', submit);
  inForce.addEventListener('change', submit);
  today.hidden = false;
  today.addEventListener('click', () => {
    const now = new Date();
    inForce.value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    submit();
  });
  input.addEventListener('focus', () => void load(), { once: true });
  fromUrl();
  await run();
}

/** A document that search/numbers/<year>.json lists under a 发文字号 (scripts/search-index.ts). */
interface NumberedDocument {
  url: string;
  title: string;
}

function numberedItem({ url, title }: NumberedDocument): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  li.append(link);
  return li;
}

function resultItem(result: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.name ?? result.url;
  const meta = document.createElement('span');
  meta.className = 'doc-meta';
  meta.textContent = [
    result.meta.docNumber,
    result.meta.date,
    result.meta.issuers,
    result.meta.issue,
  ]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind encodes the excerpt's text and adds only <mark>: safe as HTML.
  excerpt.innerHTML = excerptText(result.excerpt);
  li.append(link, meta, excerpt);
  return li;
}
