// The search page in the browser: reads the query and filters from the URL, goes straight to
// a document whose 发文字号 was typed, otherwise asks Pagefind and shows the results with
// their 发文字号, date, issuer and a highlighted excerpt, and the filters' remaining counts.
import { numberFile, numberKey, partialNumberQuery } from './docNumberQuery.ts';
import { formatDate } from '../utils/format.ts';
import { datedFilters, inForceFilters, leftOutNote } from './inForce.ts';
import { meant, slipsOf } from './slips.ts';
import { excerptText, toQueries } from './tokens.ts';

interface PagefindResult {
  url: string;
  /** The record's text as indexed (its words spaced). */
  content: string;
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

/**
 * The text a query that found nothing probably meant, one slip away (src/search/slips.ts), with
 * its documents; null when no slip finds one. Slips are tried the likelier first; a slip's
 * parts are searched as exact phrases and a few documents holding all of them are read to find
 * the text the slip stands for.
 */
async function nearest(
  pf: Pagefind,
  typed: string,
  options: { filters: Record<string, unknown>; byDate: boolean },
): Promise<{ meant: string; search: Search } | null> {
  const found = new Map<string, Promise<Hit[]>>();
  const holding = (part: string) => {
    if (!found.has(part))
      found.set(
        part,
        pf.search(toQueries(part).phrases[0]!, { filters: options.filters }).then((s) => s.results),
      );
    return found.get(part)!;
  };
  for (const slip of slipsOf(typed)) {
    const [first, ...others] = await Promise.all(slip.parts.map(holding));
    const inAll = others.map((hits) => new Set(hits.map((h) => h.id)));
    const candidates = first!.filter((h) => inAll.every((ids) => ids.has(h.id))).slice(0, 5);
    for (const hit of candidates) {
      const text = meant(slip, (await hit.data()).content);
      if (text) return { meant: text, search: await findDocuments(pf, text, options) };
    }
  }
  return null;
}

/**
 * The numbers of the series a 发文字号 belongs to (机关代字〔年份〕) that the site holds, in order.
 * A number without 机关代字 has none: the year alone would gather every issuer's codeless numbers.
 */
export function seriesOf(key: string, numbered: Record<string, NumberedDocument[] | undefined>) {
  const series = key.replace(/\d+号$/, '');
  if (series.startsWith('〔')) return [];
  const serial = (k: string) => Number(/(\d+)号$/.exec(k)![1]);
  return Object.entries(numbered)
    .filter(([k]) => k.startsWith(series) && /^\d+号$/.test(k.slice(series.length)))
    .sort(([a], [b]) => serial(a) - serial(b))
    .map(([k, v]) => ({ key: k, url: v![0]!.url }));
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
    const number = typed ? numberKey(typed) : null;
    // A number the site does not hold: the numbers of its series that it does.
    let series: Array<{ key: string; url: string }> = [];
    if (number) {
      const numbered: Record<string, NumberedDocument[] | undefined> = await fetch(
        `${form.dataset.numbers}${numberFile(number)}`,
      )
        .then((r) => (r.ok ? r.json() : {}))
        .catch(() => ({}));
      const targets = numbered[number] ?? [];
      if (targets.length === 1) {
        status.textContent = `正在打开 ${typed}…`;
        location.replace(targets[0]!.url);
        return;
      }
      // Several documents print this number: the reader chooses, the page never does.
      if (targets.length > 1) {
        status.textContent = `发文字号 ${typed} 见于${targets.length}篇文件，请选择：`;
        list.append(...targets.map(numberedItem));
        return;
      }
      series = seriesOf(number, numbered);
    }
    const pf = await load();
    const inForceOn = day ? inForceFilters(day, await pf.filters()) : null;
    const partial = typed ? partialNumberQuery(typed) : null;
    const options = {
      filters: { ...filters, ...inForceOn },
      byDate: select('sort').value === 'date',
    };
    let search: Search =
      day && !inForceOn
        ? { results: [], filters: {} }
        : await findDocuments(pf, partial ?? typed, options);
    // Nothing found for words: perhaps one character was slipped.
    const slip =
      search.results.length === 0 && typed && !number && !partial && !(day && !inForceOn)
        ? await nearest(pf, typed, options)
        : null;
    if (slip && slip.search.results.length > 0) search = slip.search;
    updateCounts(search.filters);
    const total = search.results.length;
    // What 在此日期有效 left out of the same query, and why (how many state no 施行日期).
    let leftOut = '';
    if (day) {
      const query = slip && slip.search.results.length > 0 ? slip.meant : (partial ?? typed);
      const dated = datedFilters(await pf.filters());
      const without = { filters, byDate: false };
      const [all, withDates] = await Promise.all([
        findDocuments(pf, query, without),
        dated ? findDocuments(pf, query, { ...without, filters: { ...filters, ...dated } }) : null,
      ]);
      leftOut = leftOutNote({
        all: all.results.length,
        kept: total,
        dated: withDates?.results.length ?? 0,
      });
    }
    const onDay = day ? `在${formatDate(day)}有效的` : '';
    const notHeld = number
      ? `本站未收录发文字号为“${typed}”的文件。${
          series.length > 0 ? `本站收录的同一系列文件有：` : ''
        }`
      : '';
    if (number) {
      status.replaceChildren(notHeld);
      series.slice(0, 50).forEach((s, i) => {
        const link = document.createElement('a');
        link.href = s.url;
        link.textContent = s.key;
        status.append(...(i > 0 ? ['、'] : []), link);
      });
      if (series.length > 50) status.append(`等${series.length}篇`);
      if (series.length > 0) status.append('。');
    }
    if (total === 0) {
      if (number) {
        status.append('也没有文件提及这个发文字号。', leftOut);
        return;
      }
      status.replaceChildren(
        typed ? `未找到与“${typed}”相关的${onDay}文件。` : `未找到${onDay}文件。`,
        leftOut,
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
    if (number) status.append(`以下是提及它的${onDay}文件，共${total}篇。`);
    else if (slip) {
      const again = document.createElement('button');
      again.type = 'button';
      again.className = 'link-button';
      again.textContent = `“${slip.meant}”`;
      again.addEventListener('click', () => {
        input.value = slip.meant;
        submit();
      });
      status.replaceChildren(
        `未找到“${typed}”。您是不是要找`,
        again,
        `？以下是它的${onDay}结果，共${total}篇。`,
      );
    } else
      status.textContent = partial
        ? `“${typed}”不是完整的发文字号，以下是可能的${onDay}文件，共${total}篇。`
        : `找到${total}篇${onDay}文件。`;
    status.append(leftOut);
    let shown = 0;
    const showMore = async () => {
      const page = await Promise.all(
        search.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()),
      );
      list.append(...page.map(resultItem));
      shown += page.length;
      more.hidden = shown >= total;
    };
    // How many pages of results are shown is in the URL (&page=2), so that Back from a result
    // comes back to it, where the reader was.
    more.onclick = async () => {
      await showMore();
      const params = new URLSearchParams(location.search);
      params.set('page', String(Math.ceil(shown / PAGE_SIZE)));
      history.replaceState(history.state, '', `${location.pathname}?${params}`);
    };
    const pages = Number(new URLSearchParams(location.search).get('page')) || 1;
    do await showMore();
    while (shown < Math.min(total, pages * PAGE_SIZE));
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
  // The results come after the page has loaded, so the browser cannot put the reader back where
  // they were: the page keeps the scroll position in its history entry and restores it.
  history.scrollRestoration = 'manual';
  addEventListener('pagehide', () => history.replaceState({ scrollY }, ''));
  fromUrl();
  await run();
  const { scrollY: y } = (history.state ?? {}) as { scrollY?: number };
  if (typeof y === 'number') scrollTo(0, y);
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
