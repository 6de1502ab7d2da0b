// The data contract (../shared/DESIGN.md): one zod schema per record, used by the parser's
// output check, the content collections and the JSON data. Fields may be added, never renamed.
import { z } from 'zod';
import { SUBJECTS } from './metadata/subjects.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const lineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);

export const tocEntrySchema = z.object({
  title: z.string(),
  docNumber: z.string().nullable(),
  page: z.number().int().nullable(),
  /** id of the document this entry points to, or null when the body has no such item */
  document: z.string().nullable(),
});

export const tocSectionSchema = z.object({
  /** 栏目, or null for entries printed before any section label */
  title: z.string().nullable(),
  entries: z.array(tocEntrySchema),
});

/** Text of the issue that is not part of a document: cover, TOC, imprint, back cover. */
export const matterSchema = z.object({
  role: z.enum(['cover', 'toc', 'imprint', 'back']),
  sourceLines: lineRange,
  text: z.string(),
});

/**
 * A field an editor changed after parsing (a corrections file, or the gazette's settings: a
 * cover field it filled, an organ name it made canonical): what the parser gave and where the
 * change is written. Optional on the records: absent when nothing was changed.
 */
export const provenanceSchema = z.object({
  field: z.string(),
  /** the parser's value (null when it had none) */
  parsed: z.unknown(),
  /** the settings or corrections file and the line of the change */
  file: z.string(),
  line: z.number().int().positive(),
});

/** Where the parser took a field it did not read as printed (src/review/ lists each one). */
export const inferenceSources = [
  /** 发文机关 from the 发文机关标志 over the document, which has no signature */
  'headerMark',
  /** 发文机关 from the organs the title names */
  'title',
  /**
   * 发文机关 from the TOC entry's title (a listing or 大事记 names its organs only there); 发文字号
   * from the TOC entry, when the text prints none
   */
  'toc',
  /**
   * the year of a 成文日期 whose year digits were lost, from the document's 发文字号; or 发文机关
   * from its 机关代字 (海府: the gazette's 人民政府), when nothing else names it
   */
  'docNumber',
  /** …or from the issue's year */
  'issue',
  /** 主题分类 from the words of the title (src/metadata/subjects.ts) */
  'titleWords',
  /**
   * 发文机关 (and 成文日期) from an adoption: the organ whose meeting adopted the instrument, as
   * its note under the title or the 公告 before it that publishes it reports
   */
  'adoption',
] as const;

/**
 * A field the parser inferred rather than read (an issuer from a header mark, the year of a
 * date from the 发文字号): the field, where it was taken from, and the line it was taken from.
 * Optional on the record: absent when every field was read as printed.
 */
export const inferenceSchema = z.object({
  field: z.string(),
  from: z.enum(inferenceSources),
  line: z.number().int().positive(),
});

export const issueSchema = z.object({
  id: z.string(),
  gazette: z.string(),
  region: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  totalNumber: z.number().int().nullable(),
  published: isoDate.nullable(),
  frequency: z.string().nullable(),
  publisher: z.string().nullable(),
  masthead: z.array(z.object({ label: z.string(), value: z.string() })),
  sections: z.array(tocSectionSchema),
  source: z.object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    lines: z.number().int(),
  }),
  matter: z.array(matterSchema),
  /**
   * 发布日期: the day the issue was first published online (gazette.yaml, else kept by the
   * build: scripts/lib/published-online.ts), or null before convert
   */
  publishedOnline: isoDate.nullable(),
  provenance: z.array(provenanceSchema).optional(),
});

/** How a document bears on another it names (src/parser/relations.ts). */
export const relationTypes = ['repeals', 'amends', 'carries', 'answers', 'cites'] as const;

/** A document named in the text, by 发文字号 or by title (《…》), and what this one does to it. */
export const relationSchema = z.object({
  type: z.enum(relationTypes),
  docNumber: z.string().nullable(),
  title: z.string().nullable(),
});

export const documentKinds = ['document', 'chronicle', 'listing', 'other'] as const;

/**
 * 有效性, as government sites show it: 有效, 失效 (its stated 有效期 has ended), 已废止, 已修改,
 * or 未注明 when nothing is stated (src/utils/validity.ts decides it).
 */
export const validities = ['有效', '失效', '已废止', '已修改', '未注明'] as const;
export type Validity = (typeof validities)[number];

export const documentSchema = z.object({
  id: z.string(),
  issue: z.string(),
  order: z.number().int().positive(),
  kind: z.enum(documentKinds),
  section: z.string().nullable(),
  title: z.string(),
  tocTitle: z.string().nullable(),
  tocPage: z.number().int().nullable(),
  docNumber: z.string().nullable(),
  docType: z.string().nullable(),
  issuers: z.array(z.string()),
  addressees: z.array(z.string()),
  date: isoDate.nullable(),
  printedDate: isoDate.nullable(),
  attachments: z.array(z.string()),
  embedded: z.array(z.string()),
  cites: z.array(z.string()),
  /** 施行日期 the text states (自…起施行; 自印发之日起施行 = the 成文日期), or null */
  effective: isoDate.nullable(),
  /** last day in force by the stated 有效期 (有效期至…, or N年 from the 施行日期), or null */
  expires: isoDate.nullable(),
  relations: z.array(relationSchema),
  /** 有效性 as an editor states it (corrections), over what the site computes; absent when not stated */
  validity: z.enum(validities).optional(),
  sourceLines: lineRange,
  /** the page of the input the item starts on, counted by the converter's form feeds, or null */
  sourcePage: z.number().int().positive().nullable(),
  /** 索引号, by the gazette's pattern (src/metadata/indexNumber.ts) or as corrected, or null */
  indexNumber: z.string().nullable(),
  /** 主题分类, one of SUBJECTS: as corrected, or by the title's words (then inferred), or null */
  subject: z.enum(SUBJECTS).nullable(),
  /** 发布日期 of its issue (the issue's publishedOnline), or null before convert */
  publishedOnline: isoDate.nullable(),
  provenance: z.array(provenanceSchema).optional(),
  inferred: z.array(inferenceSchema).optional(),
});

/**
 * An issue's printed PDF (印刷版, content/<gazette>/<year>-<number>.pdf) as convert accepted it:
 * not part of the data contract, the record its pages publish it by (src/data/printed.ts).
 */
export const printedSchema = z.object({
  /** the issue's id */
  issue: z.string(),
  /** the PDF in content/, relative to the project */
  file: z.string(),
  bytes: z.number().int().positive(),
  /** its content hash as the build keys every file (scripts/build/file-hashes.ts), for its issue's keys */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** the PDF page that bears printed page 1 (gazette.yaml's pdfStart), or null when not set */
  start: z.number().int().positive().nullable(),
});

export type TocEntry = z.infer<typeof tocEntrySchema>;
export type TocSection = z.infer<typeof tocSectionSchema>;
export type Matter = z.infer<typeof matterSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Inference = z.infer<typeof inferenceSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type DocumentMeta = z.infer<typeof documentSchema>;
export type PrintedRecord = z.infer<typeof printedSchema>;
