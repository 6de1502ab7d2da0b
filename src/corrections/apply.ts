// An issue as the editor publishes it: parsed, its item boundaries and fields corrected, its
// cover gaps and organ names settled by the gazette's settings. Every change is recorded on the
// record it changed (`provenance`); a correction the parser already agrees with is stale.
import { isDeepStrictEqual } from 'node:util';
import { GazetteError } from '../parser/diagnostics.ts';
import { type ParseOptions, type ParseResult, parseIssue } from '../parser/index.ts';
import { decodeSource } from '../parser/source.ts';
import type { Provenance } from '../schema.ts';
import { canonicalOrgan, coverFills, type GazetteSettings } from '../settings/index.ts';
import type { Corrections } from './index.ts';

export interface Editorial {
  settings?: GazetteSettings;
  corrections?: Corrections;
}

/** One correction and what became of it. */
export interface AppliedCorrection {
  file: string;
  line: number;
  what: string;
  /** the parser already gives this: the correction can be removed */
  stale: boolean;
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
  if (corrections) correctFields(result, corrections, applied);
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
    throw new GazetteError(
      corrections.file,
      corrections.items[0]!.line,
      'the issue has no items to correct',
    );
  const first = docs[0]!.sourceLines[0];
  const last = docs.at(-1)!.sourceLines[1];
  const starts = new Set(docs.map((d) => d.sourceLines[0]));
  const changes: Array<{ op: 'start' | 'merge'; source: number; line: number }> = [];
  for (const c of corrections.items) {
    const fail = (message: string): never => {
      throw new GazetteError(corrections.file, c.line, message);
    };
    if (c.source > total) fail(`line ${c.source} is outside ${path} (${total} lines)`);
    if (source[c.source - 1]!.raw.trim() === '')
      fail(`line ${c.source} of ${path} is empty: an item starts at a line with text`);
    if (c.source <= first || c.source > last)
      fail(
        `line ${c.source} is not inside the body of the issue after its first item (lines ${first + 1}–${last})`,
      );
    const what =
      c.op === 'start'
        ? `an item starts at line ${c.source}`
        : `the item at line ${c.source} joins the one before`;
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
): void {
  for (const c of corrections.issue) {
    const issue = result.issue as unknown as Record<string, unknown>;
    const stale = isDeepStrictEqual(issue[c.field], c.value);
    applied.push({
      file: corrections.file,
      line: c.line,
      what: `issue ${c.field}: ${JSON.stringify(c.value)}`,
      stale,
    });
    if (stale) continue;
    record(result.issue, {
      field: c.field,
      parsed: issue[c.field] ?? null,
      file: corrections.file,
      line: c.line,
    });
    issue[c.field] = c.value;
  }
  for (const c of corrections.documents) {
    const doc = result.documents[c.item - 1];
    if (!doc)
      throw new GazetteError(
        corrections.file,
        c.itemLine,
        `item ${c.item} does not exist: the issue has ${result.documents.length} item${result.documents.length === 1 ? '' : 's'}`,
      );
    const fields = doc as unknown as Record<string, unknown>;
    // A correction that gives the value the parser inferred confirms it: not stale.
    const stale =
      isDeepStrictEqual(fields[c.field], c.value) &&
      !doc.inferred?.some((i) => i.field === c.field);
    applied.push({
      file: corrections.file,
      line: c.line,
      what: `item ${c.item} ${c.field}: ${JSON.stringify(c.value)}`,
      stale,
    });
    if (stale) continue;
    record(doc, {
      field: c.field,
      parsed: fields[c.field] ?? null,
      file: corrections.file,
      line: c.line,
    });
    fields[c.field] = c.value;
  }
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
}
