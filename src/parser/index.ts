// parseIssue: the bytes of one gazette issue → the issue and its documents (the data
// contract of ../shared/DESIGN.md). Pure: no file system, no clock.
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { DocumentMeta, Issue, Matter } from '../schema.ts';
import { buildBody } from './body.ts';
import { isChronicleTitle, isListingTitle } from './classify.ts';
import {
  type Cover,
  findGazetteName,
  gazetteNameAt,
  isCoverLine,
  issueNumbering,
  namesGazette,
  readCover,
} from './cover.ts';
import { type Diagnostic, GazetteError, Report } from './diagnostics.ts';
import { type Item, readItem } from './document.ts';
import { fullOrganName, issuersInTitle } from './issuer.ts';
import { announcedAt, findItemStarts, firstDocumentHead } from './items.ts';
import { type Line, readLines } from './markup.ts';
import { decodeSource } from './source.ts';
import { TERMINAL, invisibleAt, matchKey, showInvisible, squeeze } from './text.ts';
import { readToc, type TocDraft } from './toc.ts';

export interface ParsedDocument extends DocumentMeta {
  body: Root;
}

export interface ParseResult {
  issue: Issue;
  documents: ParsedDocument[];
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** Short ASCII name of the gazette for ids and URLs; defaults to the input's folder name. */
  gazetteSlug?: string;
  /** The gazette's name and region as its settings give them; they win over the cover. */
  gazette?: { name: string; region: string };
  /**
   * The issue's identity from its path (content/<gazette>/<year>-<number>.txt, read by
   * convert): the issue's id, year and number are these, whatever the cover prints (a cover
   * that disagrees is a warning naming both).
   */
  place?: { gazette: string; year: number; number: number };
  /** Source lines where the items begin, as an editor's corrections set them (src/corrections/). */
  itemStarts?: number[];
}

export function parseIssue(
  path: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): ParseResult {
  const source = decodeSource(path, bytes);
  const report = new Report(path);
  const lines = readLines(source.lines);
  for (const l of source.lines)
    if (invisibleAt(l.raw) >= 0)
      report.warn(l.no, 'invisible-characters', { text: showInvisible(around(l.raw)) });
  const slug =
    options.place?.gazette ?? options.gazetteSlug ?? path.split(/[\\/]/).at(-2) ?? 'gazette';
  const name = gazetteName(lines, options, slug, report);

  // Front matter ends where the first document head is; the TOC is read from it.
  const firstHead = firstDocumentHead(lines);
  const toc = readToc(lines.slice(0, firstHead < 0 ? lines.length : firstHead), (l) =>
    isCoverLine(l.text, name.gazette),
  );
  const tocTitles = toc.sections.flatMap((s) => s.entries.map((e) => e.title));
  const bodyStart = findBodyStart(lines, firstHead, toc, tocTitles);
  const frontEnd = bodyStart < 0 ? lines.length : bodyStart;
  const front = lines.slice(0, frontEnd).filter((l) => !toc.lines.has(l.no));
  const printed = readCover(front, []);
  const { year, number } = issueNumber(path, printed, lines, report, options.place);

  // Items run to another issue's cover, if any; the back matter begins where the gazette is
  // named again after the last item began (a running header names it inside documents too).
  const second =
    bodyStart < 0 ? null : findSecondCover(lines, bodyStart + 1, name.gazette, year, number);
  if (second) {
    report.error(lines[second.at]!.no, 'second-issue-cover', { label: second.label });
  }
  const end = second?.at ?? lines.length;
  // An editor's corrections may say where the items begin (src/corrections/).
  const starts =
    options.itemStarts?.map((no) => lines.findIndex((l) => l.no === no)).filter((i) => i >= 0) ??
    (bodyStart < 0 ? [] : findItemStarts(lines, bodyStart, end, tocTitles));
  let backStart = end;
  for (let i = Math.max(bodyStart + 1, (starts.at(-1) ?? 0) + 1); bodyStart >= 0 && i < end; i++) {
    if (namesGazette(lines[i]!.text, name.gazette)) {
      backStart = i;
      break;
    }
  }
  const back = lines.slice(backStart);
  const cover = readCover(front, back);
  const issueId = `${slug}/${year}/${number}`;

  if (starts.length === 0) report.error(lines[frontEnd - 1]?.no ?? 1, 'no-document', {});
  // Each item is read knowing the adoptions the one before reports (a 公告 over what it publishes).
  const items: Item[] = [];
  starts.forEach((start, n) =>
    items.push(
      readItem(
        lines.slice(start, starts[n + 1] ?? backStart),
        {
          region: name.region,
          year,
          published: cover.published,
          reported: items.at(-1)?.adoptions ?? [],
        },
        report,
      ),
    ),
  );
  warnIfTruncated(items, report);
  // The page an item starts on, where the converter marked pages (form feeds).
  const paged = source.lines.some((l) => l.page > 1);
  const pageOf = (no: number) => (paged ? source.lines[no - 1]!.page : null);

  const documents: ParsedDocument[] = items.map((item, n) => ({
    id: `${issueId}/${n + 1}`,
    issue: issueId,
    order: n + 1,
    kind: item.kind,
    section: null,
    title: item.title,
    tocTitle: null,
    tocPage: null,
    docNumber: item.docNumber,
    docType: item.docType,
    issuers: item.issuers,
    addressees: item.addressees,
    date: item.date,
    printedDate: item.printedDate,
    attachments: item.attachments,
    embedded: item.embedded,
    cites: item.cites,
    effective: item.effective,
    expires: item.expires,
    relations: item.relations,
    sourceLines: item.sourceLines,
    sourcePage: pageOf(item.sourceLines[0]),
    indexNumber: null,
    subject: null,
    publishedOnline: null,
    ...(item.inferred.length > 0 ? { inferred: item.inferred } : {}),
    body: buildBody(item.parts, item.kind),
  }));
  const sections = linkToc(toc, documents, report);
  for (const doc of documents) {
    // A 大事记 may name its organ only in the TOC (区政府大事记 over 大事记). A listing's TOC
    // entry is not a source of an issuer, as its heading is not (issue 23).
    if (doc.kind === 'chronicle' && doc.issuers.length === 0 && doc.tocTitle) {
      doc.issuers = issuersInTitle(doc.tocTitle).map((n) => fullOrganName(n, name.region));
      const entry = toc.sections.flatMap((s) => s.entries).find((e) => e.title === doc.tocTitle);
      if (doc.issuers.length > 0 && entry)
        (doc.inferred ??= []).push({ field: 'issuers', from: 'toc', line: entry.lines[0]! });
    }
  }

  const mastheadLines = new Set(cover.masthead.flatMap((f) => f.lines));
  const issue: Issue = {
    id: issueId,
    gazette: name.gazette,
    region: name.region,
    year,
    number,
    totalNumber: cover.totalNumber,
    published: cover.published,
    frequency: cover.frequency,
    publisher: cover.publisher,
    masthead: cover.masthead
      // The field printed as 主办 is the publisher; one printed 编印单位 or 主编 keeps its label.
      .filter((f) => !/^主办(?:单位)?$/.test(f.label) || f.value !== cover.publisher)
      .map(({ label, value }) => ({ label, value })),
    sections,
    source: {
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      lines: source.text.endsWith('\n') ? source.lines.length - 1 : source.lines.length,
    },
    matter: [
      ...matterOf(lines.slice(0, frontEnd), (l) =>
        toc.lines.has(l.no) ? 'toc' : mastheadLines.has(l.no) ? 'imprint' : 'cover',
      ),
      ...matterOf(back, () => 'back'),
    ],
    publishedOnline: null,
  };
  return { issue, documents, diagnostics: report.diagnostics };
}

/** Up to 40 characters of a line around its first format character, for a message. */
function around(raw: string): string {
  const at = invisibleAt(raw);
  const from = Math.max(0, at - 20);
  return `${from > 0 ? '…' : ''}${raw.slice(from, at + 20).trim()}${at + 20 < raw.length ? '…' : ''}`;
}

/** The first document head, or an earlier title the TOC announced (a first item without a 发文字号). */
function findBodyStart(
  lines: Line[],
  firstHead: number,
  toc: TocDraft,
  tocTitles: string[],
): number {
  const keys = new Set(tocTitles.map(matchKey).filter((k) => k.length >= 4));
  const afterToc = lines.findLastIndex((l) => toc.lines.has(l.no)) + 1;
  const end = firstHead < 0 ? lines.length : firstHead;
  for (let i = afterToc; i < end; i++) if (announcedAt(lines, i, keys)) return i;
  return firstHead;
}

/** The gazette's name from its settings, else from the cover, else (with a warning) the folder's. */
function gazetteName(
  lines: Line[],
  options: ParseOptions,
  slug: string,
  report: Report,
): { gazette: string; region: string } {
  if (options.gazette) return { gazette: options.gazette.name, region: options.gazette.region };
  const printed = findGazetteName(lines);
  if (printed) return printed;
  report.warn(lines[0]?.no ?? 1, 'no-gazette-name', { folder: slug });
  return { gazette: slug, region: '' };
}

/**
 * The issue's year and number: from its place when convert gives one (the path names the
 * issue), else as the cover prints them, else from the file name (<year>-<number>.txt). A
 * cover that disagrees with the name is a warning naming both.
 */
function issueNumber(
  path: string,
  cover: Cover,
  lines: Line[],
  report: Report,
  place?: ParseOptions['place'],
): { year: number; number: number } {
  const named = place ?? fromFileName(path);
  const line = cover.numberLine ?? lines[0]!.no;
  const printed = cover.year !== null && cover.number !== null;
  if (!named) {
    if (!printed) throw new GazetteError(path, line, 'no-issue-number', {});
    report.warn(line, 'file-name-not-numbered', { year: cover.year!, number: cover.number! });
    return { year: cover.year!, number: cover.number! };
  }
  if (!printed) {
    report.warn(line, 'cover-lacks-number', {
      year: cover.year === null,
      number: cover.number === null,
      named: `${named.year}-${named.number}`,
    });
  }
  if (
    (cover.year !== null && cover.year !== named.year) ||
    (cover.number !== null && cover.number !== named.number)
  ) {
    const says = `${cover.year ?? ''}${cover.year !== null ? '年' : ''}${cover.number !== null ? `第${cover.number}期` : ''}`;
    report.warn(line, 'cover-number-differs', {
      printed: says,
      named: `${named.year}-${named.number}`,
      by: place ? 'file' : 'cover',
    });
  }
  if (place) return { year: place.year, number: place.number };
  return { year: cover.year ?? named.year, number: cover.number ?? named.number };
}

function fromFileName(path: string): { year: number; number: number } | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d{2})-0*(\d{1,4})\.txt$/i.exec(path);
  return m ? { year: Number(m[1]), number: Number(m[2]) } : undefined;
}

/**
 * A cover of another issue after the body began: a gazette name with a year and number
 * under it that are not this issue's, or with a 目录 of its own. (The back cover names the
 * gazette too, with this issue's number if any, and no TOC.)
 */
function findSecondCover(
  lines: Line[],
  from: number,
  gazette: string,
  year: number,
  number: number,
): { at: number; label: string } | null {
  for (let i = from; i < lines.length; i++) {
    const name = gazetteNameAt(lines, i);
    if (!name) continue;
    const next = lines.slice(i + 1, i + 9).map((l) => issueNumbering(l.text));
    const n = next.find((p) => p.number !== null);
    if (!n) continue;
    const y = next.find((p) => p.year !== null)?.year ?? year;
    const hasToc = lines.slice(i + 1, i + 40).some((l) => squeeze(l.text) === '目录');
    if (hasToc || name.gazette !== gazette || n.number !== number || y !== year) {
      return { at: name.at[0]!, label: `${name.gazette} ${y}年第${n.number}期` };
    }
  }
  return null;
}

function matterOf(lines: Line[], roleOf: (line: Line) => Matter['role']): Matter[] {
  const out: Matter[] = [];
  for (const line of lines) {
    const role = roleOf(line);
    const last = out.at(-1);
    if (last && last.role === role) {
      last.text += '\n' + line.text;
      last.sourceLines[1] = line.no;
    } else out.push({ role, sourceLines: [line.no, line.no], text: line.text });
  }
  return out;
}

/** TOC entries point at documents: by 发文字号, by title, then 大事记/目录 by kind, in order. */
function linkToc(toc: TocDraft, documents: ParsedDocument[], report: Report): Issue['sections'] {
  const taken = new Set<ParsedDocument>();
  const find = (pred: (d: ParsedDocument) => boolean) =>
    documents.find((d) => !taken.has(d) && pred(d));
  return toc.sections.map((section) => ({
    title: section.title,
    entries: section.entries.map((entry) => {
      const key = matchKey(entry.title);
      const doc =
        (entry.docNumber ? find((d) => d.docNumber === entry.docNumber) : undefined) ??
        find((d) => matchKey(d.title) === key) ??
        find(
          (d) =>
            key.length >= 6 && (matchKey(d.title).includes(key) || key.includes(matchKey(d.title))),
        ) ??
        (isChronicleTitle(entry.title) ? find((d) => d.kind === 'chronicle') : undefined) ??
        (isListingTitle(entry.title) ? find((d) => d.kind === 'listing') : undefined);
      if (doc) {
        taken.add(doc);
        doc.section = section.title;
        doc.tocTitle = entry.title;
        doc.tocPage = entry.page;
        // A text that prints no 发文字号 (copied without its head) has the one its TOC entry prints.
        if (doc.docNumber === null && entry.docNumber !== null) {
          doc.docNumber = entry.docNumber;
          (doc.inferred ??= []).push({ field: 'docNumber', from: 'toc', line: entry.lines[0]! });
        }
      } else {
        report.warn(entry.lines[0]!, 'toc-entry-without-document', { title: entry.title });
      }
      return {
        title: entry.title,
        docNumber: entry.docNumber,
        page: entry.page,
        document: doc?.id ?? null,
      };
    }),
  }));
}

function warnIfTruncated(items: Item[], report: Report): void {
  const last = items.at(-1);
  const lastText = last?.parts.at(-1);
  if (!last || last.kind !== 'document' || !lastText || lastText.role !== 'text') return;
  const line = lastText.lines.at(-1)!;
  if (last.date === null && !TERMINAL.test(line.text.trim())) {
    report.warn(line.no, 'document-truncated', { title: last.title });
  }
}
