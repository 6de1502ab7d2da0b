// 施行日期 and 有效期: when a document says it takes effect and until when it stays in force,
// read from its own text. A 规范性文件 states both in its last article: 本办法自2021年7月1日起
// 施行，有效期至2026年6月30日 / 自印发之日起施行，有效期5年. No clock: the dates are those
// printed, or counted from the document's own 成文日期.
import { DATE_PATTERN, findDate, makeDate } from './date.ts';
import { hanNumeral } from './text.ts';
import { toAsciiDigits } from './docNumber.ts';

/** When a text says it takes effect: on a printed date, or counted from its issue (印发/发布/公布之日). */
export type Commencement = { kind: 'date'; date: string } | { kind: 'issued'; afterDays: number };

/** How long it stays in force: to a printed date, or a span counted from the 施行日期. */
export type Term =
  { kind: 'until'; date: string } | { kind: 'span'; years: number; months: number };

const COUNT = '(\\d{1,3}|[一二两三四五六七八九十]{1,3})';
// The verb ends its clause: 自2021年4月1日起实施集中供餐 dates a measure, not the document.
const STARTS = '(?:施行|实施|执行|生效)(?=\\s*(?:[。；;，,：:）)]|$))';
const ISSUED = '(?:印发|发布|公布|颁布|下发|发文|签发)';

// 自2021年7月1日起施行 / 从…起执行 / 自2016年6月1日施行 (the 起 is sometimes left out).
const ON_DATE = new RegExp(`[自从]\\s*(${DATE_PATTERN})\\s*起?\\s*${STARTS}`, 'u');
// 自印发之日起施行 / 自本决定发布之日起30日后施行 / 至发布之日起施行 (a typist's 至 for 自).
const ON_ISSUE = new RegExp(
  `[自至从]\\s*(?:本[\\p{Script=Han}]{1,6})?${ISSUED}之日起\\s*(?:${COUNT}\\s*日后)?\\s*${STARTS}`,
  'u',
);
// 现予发布施行 / 现予公布施行: in force as published.
const PUBLISHED = new RegExp(`现予(?:以)?${ISSUED}\\s*${STARTS}`, 'u');

const UNTIL = new RegExp(`有效期[^。；;]{0,24}?(?:至|到|截至)\\s*(${DATE_PATTERN})`, 'u');
const SPAN = new RegExp(`有效期\\s*(?:为|是)?\\s*${COUNT}\\s*(年|个月)`, 'u');

function count(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : hanNumeral(s);
}

/** What the text says about when it takes effect, or null when it says nothing. */
export function findCommencement(text: string): Commencement | null {
  const t = toAsciiDigits(text);
  const candidates: Array<{ at: number; value: Commencement | null }> = [];
  const onDate = ON_DATE.exec(t);
  if (onDate) candidates.push({ at: onDate.index, value: dateOf(onDate[1]!) });
  const onIssue = ON_ISSUE.exec(t);
  if (onIssue)
    candidates.push({
      at: onIssue.index,
      value: { kind: 'issued', afterDays: onIssue[1] ? count(onIssue[1]) : 0 },
    });
  const published = PUBLISHED.exec(t);
  if (published) candidates.push({ at: published.index, value: { kind: 'issued', afterDays: 0 } });
  // The first statement is the document's own; later ones are usually about what it carries.
  return candidates.sort((a, b) => a.at - b.at).find((c) => c.value)?.value ?? null;
}

function dateOf(printed: string): Commencement | null {
  const iso = findDate(printed)?.iso;
  return iso ? { kind: 'date', date: iso } : null;
}

/** What the text says about its term (有效期), or null. */
export function findTerm(text: string): Term | null {
  const t = toAsciiDigits(text);
  const until = UNTIL.exec(t);
  const iso = until ? findDate(until[1]!)?.iso : null;
  if (iso) return { kind: 'until', date: iso };
  const span = SPAN.exec(t);
  if (!span) return null;
  const n = count(span[1]!);
  return span[2] === '年'
    ? { kind: 'span', years: n, months: 0 }
    : { kind: 'span', years: 0, months: n };
}

/**
 * The 施行日期 and the last day in force, as ISO dates. 印发/发布之日 is the document's
 * 成文日期 (its own date: the gazette prints no other); a span of N years from 2017-05-01
 * ends on 2022-04-30, the day before the anniversary.
 */
export function readValidity(
  text: string,
  documentDate: string | null,
): { effective: string | null; expires: string | null } {
  const commencement = findCommencement(text);
  const effective =
    commencement?.kind === 'date'
      ? commencement.date
      : commencement && documentDate
        ? addDays(documentDate, commencement.afterDays)
        : null;
  const term = findTerm(text);
  const expires =
    term?.kind === 'until'
      ? term.date
      : term && effective
        ? addDays(addMonths(effective, term.years * 12 + term.months), -1)
        : null;
  return { effective, expires };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar months later; the 31st of a shorter month falls on that month's last day. */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return makeDate(year, month, Math.min(d, last)).iso!;
}
