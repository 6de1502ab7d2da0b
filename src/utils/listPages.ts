// What each page of a long list (an issuing body's or a 文种's documents, LIST_PAGE_SIZE a
// page, src/config.ts) says of where it is: the same on both lists.
import type { Page } from 'astro';

/** The title of page n of a list: 通知, then 通知（第2页）, so that no two pages share one. */
export function listTitle(name: string, page: number): string {
  return page > 1 ? `${name}（第${page}页）` : name;
}

/** Which of the list's documents this page shows (，本页第5–8篇), when the list has pages. */
export function listRange(page: Pick<Page, 'start' | 'end' | 'lastPage'>): string {
  return page.lastPage > 1 ? `，本页第${page.start + 1}–${page.end + 1}篇` : '';
}

/** The breadcrumb's end: the list's name, and after the first page a link to it and 第n页. */
export function listCrumbs(name: string, path: string, page: number) {
  return page > 1 ? [{ label: name, path }, { label: `第${page}页` }] : [{ label: name }];
}
