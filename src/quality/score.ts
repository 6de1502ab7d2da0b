// How well the parser reads an issue, against a key a person wrote by reading the text
// (tests/corpus/<slug>/key.json: issue fields and one entry per item). Pure: the caller parses.
import { z } from 'zod';
import type { ParseResult } from '../parser/index.ts';

export const keySchema = z.object({
  issue: z.object({
    gazette: z.string(),
    region: z.string().nullable().optional(),
    year: z.number().int(),
    number: z.number().int(),
    totalNumber: z.number().int().nullable(),
    published: z.string().nullable(),
  }),
  documents: z.array(
    z.object({
      titleLine: z.number().int().positive(),
      kind: z.enum(['document', 'chronicle', 'listing', 'other']),
      title: z.string(),
      docNumber: z.string().nullable(),
      docType: z.string().nullable(),
      issuers: z.array(z.string()),
      date: z.string().nullable(),
      section: z.string().nullable(),
    }),
  ),
});

export type Key = z.infer<typeof keySchema>;

export const DOCUMENT_FIELDS = [
  'title',
  'docNumber',
  'docType',
  'issuers',
  'date',
  'kind',
  'section',
] as const;
export const ISSUE_FIELDS = ['gazette', 'year', 'number', 'totalNumber', 'published'] as const;

export interface FieldMiss {
  /** titleLine of the key item, or 0 for an issue field. */
  line: number;
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface Score {
  keyItems: number;
  predicted: number;
  /** Key items with a predicted item of their own. */
  matched: number;
  /** Predicted items that hold the titleLines of two or more key items. */
  merges: number;
  /** Key items no predicted item holds (their titleLine is in the matter or in a merge). */
  missed: number[];
  /** Predicted items that hold no key titleLine: their first source line. */
  spurious: number[];
  fieldsChecked: number;
  fieldsRight: number;
  misses: FieldMiss[];
}

// Compared as a reader would: width (NFKC), PDF spaces and the converter's ** do not count.
const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
const comparable = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, '')
    : Array.isArray(v)
      ? v.map(comparable)
      : v;

/**
 * Segmentation: a predicted item matches the key item whose titleLine its sourceLines hold,
 * one to one (the first key item it holds; a second one makes it a merge). Fields are compared
 * on the matched pairs, and the issue's fields once.
 */
export function scoreIssue(key: Key, result: ParseResult): Score {
  const score: Score = {
    ...emptyScore(),
    keyItems: key.documents.length,
    predicted: result.documents.length,
  };
  const check = (line: number, field: string, expected: unknown, actual: unknown) => {
    score.fieldsChecked++;
    if (same(expected, actual)) score.fieldsRight++;
    else score.misses.push({ line, field, expected, actual });
  };
  for (const field of ISSUE_FIELDS) check(0, field, key.issue[field], result.issue[field]);

  const holds = (d: ParseResult['documents'][number], line: number) =>
    d.sourceLines[0] <= line && line <= d.sourceLines[1];
  for (const doc of result.documents) {
    const inside = key.documents.filter((k) => holds(doc, k.titleLine));
    if (inside.length === 0) score.spurious.push(doc.sourceLines[0]);
    if (inside.length > 1) score.merges++;
  }
  for (const item of key.documents) {
    const doc = result.documents.find((d) => holds(d, item.titleLine));
    const first = doc && key.documents.find((k) => holds(doc, k.titleLine));
    if (!doc || first !== item) {
      score.missed.push(item.titleLine);
      continue;
    }
    score.matched++;
    for (const field of DOCUMENT_FIELDS) check(item.titleLine, field, item[field], doc[field]);
  }
  return score;
}

export const precision = (s: Pick<Score, 'matched' | 'predicted'>) =>
  s.predicted === 0 ? 1 : s.matched / s.predicted;
export const recall = (s: Pick<Score, 'matched' | 'keyItems'>) =>
  s.keyItems === 0 ? 1 : s.matched / s.keyItems;
export const fieldAccuracy = (s: Pick<Score, 'fieldsRight' | 'fieldsChecked'>) =>
  s.fieldsChecked === 0 ? 1 : s.fieldsRight / s.fieldsChecked;

/** The scores of several issues added up, for the total row. */
const emptyScore = (): Score => ({
  keyItems: 0,
  predicted: 0,
  matched: 0,
  merges: 0,
  missed: [],
  spurious: [],
  fieldsChecked: 0,
  fieldsRight: 0,
  misses: [],
});

export function totalScore(scores: Score[]): Score {
  const total = emptyScore();
  for (const s of scores) {
    total.keyItems += s.keyItems;
    total.predicted += s.predicted;
    total.matched += s.matched;
    total.merges += s.merges;
    total.fieldsChecked += s.fieldsChecked;
    total.fieldsRight += s.fieldsRight;
    total.missed.push(...s.missed);
    total.spurious.push(...s.spurious);
    total.misses.push(...s.misses);
  }
  return total;
}
