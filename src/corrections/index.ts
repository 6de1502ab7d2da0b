// An issue's corrections, content/<gazette>/<year>-<number>.fix.yaml (optional): what an editor
// decided where the parser was wrong, applied after parsing so that the issue's text is never
// edited. Items are split and merged by source line (lines never change; item numbers do when
// the parser improves); a document's fields are set under what an editor sees of it — its
// 发文字号, its printed title or a source line (第801行) — or, as before, its item number.
import { z } from 'zod';
import { makeDate } from '../parser/date.ts';
import { docNumberLine } from '../parser/docNumber.ts';
import { documentSchema, issueSchema, validities } from '../schema.ts';
import { readYaml, validateYaml } from '../settings/yaml.ts';

// Messages are catalog codes (src/diagnostics/catalog.ts), turned into words by validateYaml.
const sourceLine = z.number('line-number').int('line-number').positive('line-number');
export const realDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date-form')
  .refine(
    (s) =>
      makeDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))).iso !== null,
    'date-nonexistent',
  );

export const documentFields = [
  'kind',
  'section',
  'title',
  'tocTitle',
  'tocPage',
  'docNumber',
  'docType',
  'issuers',
  'addressees',
  'date',
  'printedDate',
  'attachments',
  'embedded',
  'cites',
  'effective',
  'expires',
  'relations',
  'validity',
  'indexNumber',
  'subject',
] as const;
export const issueFields = [
  'gazette',
  'region',
  'totalNumber',
  'published',
  'frequency',
  'publisher',
  'masthead',
] as const;

const documentPatch = z
  .strictObject({
    ...documentSchema.pick(
      Object.fromEntries(documentFields.map((f) => [f, true])) as Record<
        (typeof documentFields)[number],
        true
      >,
    ).shape,
    // As the parser writes it (brackets 〔〕, no spaces), in whatever style the editor typed it;
    // a number of another shape (国务院令第707号) as typed, without spaces.
    docNumber: z
      .string()
      .transform((s) => docNumberLine(s) ?? s.replace(/\s+/g, ''))
      .nullable(),
    date: realDate.nullable(),
    printedDate: realDate.nullable(),
    effective: realDate.nullable(),
    expires: realDate.nullable(),
    validity: z.enum(validities, 'validity-value'),
    indexNumber: z.string().trim().min(1, 'value-empty').nullable(),
  })
  .partial();

const issuePatch = z
  .strictObject({
    ...issueSchema.pick(
      Object.fromEntries(issueFields.map((f) => [f, true])) as Record<
        (typeof issueFields)[number],
        true
      >,
    ).shape,
    published: realDate.nullable(),
  })
  .partial();

export const correctionsSchema = z.strictObject({
  /** issue fields to set */
  issue: issuePatch.optional(),
  /** item boundaries: `start: 801` an item starts at line 801; `merge: 801` the item starting there joins the one before */
  items: z
    .array(
      z
        .strictObject({ start: sourceLine.optional(), merge: sourceLine.optional() })
        .refine((b) => (b.start === undefined) !== (b.merge === undefined), 'item-correction-form'),
    )
    .default([]),
  /** document fields to set, under the item's 发文字号, title, source line or number */
  documents: z.record(z.string().trim().min(1, 'value-empty'), documentPatch).default({}),
});

/**
 * How a correction names its item: by its 发文字号 (any bracket style), by its title (as the
 * body or the TOC prints it), by a source line it holds (`第801行`, `line 801`), or by its item
 * number (1-based, after the boundaries; numbers change when the parser improves).
 */
export type Anchor =
  | { by: 'item'; item: number }
  | { by: 'line'; line: number }
  | { by: 'docNumber'; docNumber: string }
  | { by: 'title'; title: string };

export function anchorOf(key: string): Anchor {
  const text = key.trim();
  if (/^[1-9]\d*$/.test(text)) return { by: 'item', item: Number(text) };
  const line = /^(?:第\s*(\d+)\s*行|line\s+(\d+))$/i.exec(text);
  if (line) return { by: 'line', line: Number(line[1] ?? line[2]) };
  const docNumber = docNumberLine(text);
  if (docNumber) return { by: 'docNumber', docNumber };
  return { by: 'title', title: text };
}

export type DocumentField = (typeof documentFields)[number];
export type IssueField = (typeof issueFields)[number];

export interface Corrections {
  file: string;
  issue: Array<{ field: IssueField; value: unknown; line: number }>;
  items: Array<{ op: 'start' | 'merge'; source: number; line: number }>;
  documents: Array<{
    anchor: Anchor;
    /** the anchor as written */
    key: string;
    field: DocumentField;
    value: unknown;
    line: number;
    itemLine: number;
  }>;
}

/** Reads and validates a corrections file; a problem is a GazetteError at its line. */
export function parseCorrections(file: string, text: string): Corrections {
  const yaml = readYaml(file, text);
  const data = validateYaml(yaml, correctionsSchema);
  return {
    file,
    issue: Object.entries(data.issue ?? {}).map(([field, value]) => ({
      field: field as IssueField,
      value,
      line: yaml.lineOf(['issue', field], true),
    })),
    items: data.items.map((b, i) =>
      b.start !== undefined
        ? { op: 'start' as const, source: b.start, line: yaml.lineOf(['items', i, 'start'], true) }
        : {
            op: 'merge' as const,
            source: b.merge!,
            line: yaml.lineOf(['items', i, 'merge'], true),
          },
    ),
    documents: Object.entries(data.documents)
      .flatMap(([key, patch]) =>
        Object.entries(patch).map(([field, value]) => ({
          anchor: anchorOf(key),
          key,
          field: field as DocumentField,
          value,
          line: yaml.lineOf(['documents', key, field], true),
          itemLine: yaml.lineOf(['documents', key], true),
        })),
      )
      .sort((a, b) => a.line - b.line),
  };
}
