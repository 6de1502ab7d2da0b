// An issue as the editor publishes it: parsed, its item boundaries and fields corrected, its
// cover gaps and organ names settled by the gazette's settings. Every change is recorded on the
// record it changed (`provenance`); a correction the parser already agrees with is stale, and
// one whose item is no longer there (its anchor matches nothing) is not applied and said so.
import { isDeepStrictEqual } from 'node:util';
import type { CorrectionDescription, ParamsOf } from '../diagnostics/catalog.ts';
import { GazetteError } from '../parser/diagnostics.ts';
import { findDocNumbers } from '../parser/docNumber.ts';
import { type ParseOptions, type ParseResult, parseIssue } from '../parser/index.ts';
import { decodeSource, type SourceLine } from '../parser/source.ts';
import { matchKey } from '../parser/text.ts';
import type { Provenance } from '../schema.ts';
import { indexNumber } from '../metadata/indexNumber.ts';
import { subjectOfTitle } from '../metadata/subjects.ts';
import { canonicalOrgan, coverFills, type GazetteSettings } from '../settings/index.ts';
import type { Anchor, Corrections } from './index.ts';

export interface Editorial {
  settings?: GazetteSettings;
  corrections?: Corrections;
}

/** One correction and what became of it. */
export interface AppliedCorrection {
  file: string;
  line: number;
  what: CorrectionDescription;
  /** the parser already gives this: the correction can be removed */
  stale: boolean;
  /** its anchor names no item any more: not applied; where the anchor's text is now, if anywhere */
  lost?: { anchor: string; seen: { line: number; order: number; title: string } | null };
}

export interface EditedIssue extends ParseResult {
  corrections: AppliedCorrection[];
}

export function editIssue(
  path: string,
  bytes: Uint8Array,
  editorial: Editorial = {},
  options: ParseOptions = {},
): EditedIssue {
  const { settings, corrections } = editorial;
  const applied: AppliedCorrection[] = [];
  let result = parseIssue(path, bytes, options);
  if (corrections && corrections.items.length > 0)
    result = correctBoundaries(path, bytes, result, corrections, applied, options);
  const source = decodeSource(path, bytes).lines;
  // What the site gives each document beyond the print, before the corrections that may set a
  // document's own (and find a correction that agrees stale).
  for (const doc of result.documents) inferSubject(doc, source);
  if (settings?.indexNumber) numberDocuments(result, settings.indexNumber, settings.organCode);
  if (corrections) correctFields(result, corrections, applied, source);
  if (settings) applySettings(result, settings);
  return { ...result, corrections: applied };
}

function record(target: { provenance?: Provenance[] }, entry: Provenance): void {
  if (target.provenance?.some((p) => p.field === entry.field)) return; // the parser's value is the first one
  (target.provenance ??= []).push(entry);
}

/** Splits and merges by source line, then parses the issue again with those item starts. */
function correctBoundaries(
  path: string,
  bytes: Uint8Array,
  parsed: ParseResult,
  corrections: Corrections,
  applied: AppliedCorrection[],
  options: ParseOptions,
): ParseResult {
  const source = decodeSource(path, bytes).lines;
  const total = parsed.issue.source.lines;
  const docs = parsed.documents;
  if (docs.length === 0)
    throw new GazetteError(corrections.file, corrections.items[0]!.line, 'correction-no-items', {});
  const first = docs[0]!.sourceLines[0];
  const last = docs.at(-1)!.sourceLines[1];
  const starts = new Set(docs.map((d) => d.sourceLines[0]));
  const changes: Array<{ op: 'start' | 'merge'; source: number; line: number }> = [];
  for (const c of corrections.items) {
    const fail = <
      C extends
        'correction-line-outside' | 'correction-line-empty' | 'correction-line-outside-body',
    >(
      code: C,
      params: ParamsOf<C>,
    ): never => {
      throw new GazetteError(corrections.file, c.line, code, params);
    };
    if (c.source > total) fail('correction-line-outside', { line: c.source, file: path, total });
    if (source[c.source - 1]!.raw.trim() === '')
      fail('correction-line-empty', { line: c.source, file: path });
    if (c.source <= first || c.source > last)
      fail('correction-line-outside-body', { line: c.source, first: first + 1, last });
    const what: CorrectionDescription = { target: c.op, source: c.source };
    // The parser agrees when it already starts an item there (start), or no longer does (merge).
    const stale = c.op === 'start' ? starts.has(c.source) : !starts.has(c.source);
    applied.push({ file: corrections.file, line: c.line, what, stale });
    if (stale) continue;
    if (c.op === 'start') starts.add(c.source);
    else starts.delete(c.source);
    changes.push(c);
  }
  if (changes.length === 0) return parsed;
  const result = parseIssue(path, bytes, {
    ...options,
    itemStarts: [...starts].sort((a, b) => a - b),
  });
  const before = (doc: { sourceLines: [number, number] }) =>
    docs.find(
      (d) => d.sourceLines[0] <= doc.sourceLines[0] && doc.sourceLines[0] <= d.sourceLines[1],
    )!;
  result.documents.forEach((doc, i) => {
    if (docs.some((d) => isDeepStrictEqual(d.sourceLines, doc.sourceLines))) return;
    const next = result.documents[i + 1];
    // The change that set this item's first line, or its last (the start of the next item).
    const change = changes.find(
      (c) =>
        c.source === doc.sourceLines[0] ||
        c.source === next?.sourceLines[0] ||
        (c.op === 'merge' && doc.sourceLines[0] < c.source && c.source <= doc.sourceLines[1]),
    )!;
    record(doc, {
      field: 'sourceLines',
      parsed: before(doc).sourceLines,
      file: corrections.file,
      line: change.line,
    });
  });
  return result;
}

function correctFields(
  result: ParseResult,
  corrections: Corrections,
  applied: AppliedCorrection[],
  source: SourceLine[],
): void {
  for (const c of corrections.issue) {
    const issue = result.issue as unknown as Record<string, unknown>;
    const stale = isDeepStrictEqual(issue[c.field], c.value);
    const what: CorrectionDescription = { target: 'issue', field: c.field, value: c.value };
    applied.push({ file: corrections.file, line: c.line, what, stale });
    if (stale) continue;
    record(result.issue, {
      field: c.field,
      parsed: issue[c.field] ?? null,
      file: corrections.file,
      line: c.line,
    });
    issue[c.field] = c.value;
  }
  // Every anchor is found among the items as parsed, before any field changes what it matches.
  const targets = corrections.documents.map((c) => findItem(result, corrections, c, source));
  corrections.documents.forEach((c, i) => {
    const target = targets[i]!;
    if ('lost' in target) {
      const what: CorrectionDescription = { target: 'document', field: c.field, value: c.value };
      applied.push({ file: corrections.file, line: c.line, what, stale: true, lost: target.lost });
      return;
    }
    const doc = target.doc;
    const fields = doc as unknown as Record<string, unknown>;
    // A correction that gives the value the parser inferred confirms it: not stale.
    const stale =
      isDeepStrictEqual(fields[c.field], c.value) &&
      !doc.inferred?.some((i) => i.field === c.field);
    const what: CorrectionDescription = {
      target: 'document',
      item: doc.order,
      field: c.field,
      value: c.value,
    };
    applied.push({ file: corrections.file, line: c.line, what, stale });
    if (stale) return;
    const change = { file: corrections.file, line: c.line };
    record(doc, { field: c.field, parsed: fields[c.field] ?? null, ...change });
    fields[c.field] = c.value;
    // The title is shown where the TOC entry is (issue page, breadcrumb): a corrected title is
    // shown there too, unless the TOC's own title is corrected as well.
    const ownTocTitle = corrections.documents.some(
      (o, j) => o.field === 'tocTitle' && (targets[j] as { doc?: unknown }).doc === doc,
    );
    if (c.field === 'title' && doc.tocTitle !== null && !ownTocTitle && doc.tocTitle !== c.value) {
      record(doc, { field: 'tocTitle', parsed: doc.tocTitle, ...change });
      doc.tocTitle = c.value as string;
      for (const entry of result.issue.sections.flatMap((s) => s.entries))
        if (entry.document === doc.id) entry.title = doc.tocTitle;
    }
    // The 主题分类 guessed from the title is guessed from the corrected one, unless set too.
    const ownSubject = corrections.documents.some(
      (o, j) => o.field === 'subject' && (targets[j] as { doc?: unknown }).doc === doc,
    );
    if (c.field === 'title' && !ownSubject) inferSubject(doc, source);
  });
}

type Target =
  { doc: ParseResult['documents'][number] } | { lost: NonNullable<AppliedCorrection['lost']> };

/** The item a correction names, or where its anchor's text is now when no item is it any more. */
function findItem(
  result: ParseResult,
  corrections: Corrections,
  c: Corrections['documents'][number],
  source: SourceLine[],
): Target {
  const docs = result.documents;
  const anchor: Anchor = c.anchor;
  if (anchor.by === 'item') {
    const doc = docs[anchor.item - 1];
    if (!doc)
      throw new GazetteError(corrections.file, c.itemLine, 'correction-item-missing', {
        item: anchor.item,
        count: docs.length,
      });
    return { doc };
  }
  const holding = (line: number) =>
    docs.find((d) => d.sourceLines[0] <= line && line <= d.sourceLines[1]);
  let matches: typeof docs;
  let inLine: (text: string) => boolean;
  if (anchor.by === 'line') {
    const doc = holding(anchor.line);
    return doc ? { doc } : { lost: { anchor: c.key, seen: null } };
  } else if (anchor.by === 'docNumber') {
    matches = docs.filter((d) => d.docNumber === anchor.docNumber);
    inLine = (text) => findDocNumbers(text).includes(anchor.docNumber);
  } else {
    const key = matchKey(anchor.title);
    matches = docs.filter(
      (d) => matchKey(d.title) === key || (d.tocTitle !== null && matchKey(d.tocTitle) === key),
    );
    inLine = (text) => key.length > 0 && matchKey(text).includes(key);
  }
  if (matches.length > 1)
    throw new GazetteError(corrections.file, c.itemLine, 'correction-anchor-ambiguous', {
      anchor: c.key,
      items: matches.map((d) => d.order),
    });
  if (matches.length === 1) return { doc: matches[0]! };
  // Not an item's own 发文字号 or title any more: say where the text is now, inside an item.
  for (const line of source) {
    const doc = holding(line.no);
    if (doc && inLine(line.raw))
      return {
        lost: { anchor: c.key, seen: { line: line.no, order: doc.order, title: doc.title } },
      };
  }
  return { lost: { anchor: c.key, seen: null } };
}

/** Cover fields the cover did not give, and every issuer by its canonical name. */
function applySettings(result: ParseResult, settings: GazetteSettings): void {
  for (const fill of coverFills(settings, result.issue)) {
    record(result.issue, {
      field: fill.field,
      parsed: result.issue[fill.field] ?? null,
      file: settings.file,
      line: fill.line,
    });
    result.issue[fill.field] = fill.value;
  }
  for (const doc of result.documents) {
    const names = doc.issuers.map((name) => canonicalOrgan(settings, name, result.issue.region));
    const issuers = [...new Set(doc.issuers.map((name, i) => names[i]?.canonical ?? name))];
    if (isDeepStrictEqual(issuers, doc.issuers)) continue;
    record(doc, {
      field: 'issuers',
      parsed: doc.issuers,
      file: settings.file,
      line: names.find((n) => n?.line)?.line ?? 1,
    });
    doc.issuers = issuers;
  }
  // 发布日期 as the settings give it for this issue (else the build keeps one: scripts/lib/published-online.ts).
  const online = settings.publishedOnline[`${result.issue.year}-${result.issue.number}`];
  if (online) setPublishedOnline(result, online);
}

/** 索引号 by the gazette's pattern (src/metadata/indexNumber.ts). */
function numberDocuments(result: ParseResult, pattern: string, organCode: string | null): void {
  for (const doc of result.documents)
    doc.indexNumber = indexNumber(pattern, {
      organCode,
      year: result.issue.year,
      number: result.issue.number,
      order: doc.order,
    });
}

/** The issue's 发布日期, which each of its documents carries too. */
export function setPublishedOnline(result: ParseResult, day: string): void {
  result.issue.publishedOnline = day;
  for (const doc of result.documents) doc.publishedOnline = day;
}

/**
 * 主题分类 of a document by its title's words (src/metadata/subjects.ts), recorded as inferred at
 * the source line that holds the word; none when no word of the table is in the title.
 */
function inferSubject(doc: ParseResult['documents'][number], source: SourceLine[]): void {
  const others = doc.inferred?.filter((i) => i.field !== 'subject') ?? [];
  if (others.length > 0) doc.inferred = others;
  else delete doc.inferred;
  doc.subject = null;
  const guess = doc.kind === 'document' ? subjectOfTitle(doc.title) : null;
  if (!guess) return;
  const [first, last] = doc.sourceLines;
  const line =
    source.slice(first - 1, last).find((l) => l.raw.replace(/\s+/g, '').includes(guess.word))?.no ??
    first;
  doc.subject = guess.subject;
  (doc.inferred ??= []).push({ field: 'subject', from: 'titleWords', line });
}
