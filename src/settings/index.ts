// A gazette's settings, content/<gazette>/gazette.yaml (optional): its name, region, publisher
// and frequency when a cover does not print them, a description for its archive page, and the
// organ table: each issuing body's canonical full name → the names the text uses for it, so
// that one office is one issuer (one issuing-body page, one search filter, one JSON-LD name).
import { z } from 'zod';
import { GazetteError } from '../parser/diagnostics.ts';
import { fullOrganName } from '../parser/issuer.ts';
import { realDate } from '../corrections/index.ts';
import { isIndexPattern, isOrganCode, usesOrganCode } from '../metadata/indexNumber.ts';
import type { Issue } from '../schema.ts';
import { readYaml, validateYaml } from './yaml.ts';

const text = z.string().trim().min(1, 'value-empty');

export const settingsSchema = z.strictObject({
  /** 刊名, e.g. 银川市金凤区人民政府公报 */
  name: text.optional(),
  /** the jurisdiction, e.g. 银川市金凤区 */
  region: text.optional(),
  /** 主办单位 */
  publisher: text.optional(),
  /** 刊期: 月刊, 双月刊, 季刊, 不定期 … */
  frequency: text.optional(),
  /** a sentence or two for the gazette's archive page */
  description: text.optional(),
  /** canonical full name → the other names the text uses (none: an empty list or nothing) */
  organs: z.record(text, z.array(text).nullable()).default({}),
  /**
   * the printed PDF of each issue (<year>-<number>.pdf): the PDF page that bears printed page 1,
   * by issue (`2020-4: 3` when the cover and the TOC take two pages)
   */
  pdfStart: z
    .record(
      z.string().regex(/^(?:19|20)\d{2}-[1-9]\d{0,2}$/, 'pdf-start-form'),
      z.number('pdf-start-form').int('pdf-start-form').positive('pdf-start-form'),
    )
    .default({}),
  /** the organ's 组织机构代码 or 统一社会信用代码, for the 索引号 (src/metadata/indexNumber.ts) */
  organCode: text.refine(isOrganCode, 'organ-code-form').optional(),
  /** the pattern of each document's 索引号, e.g. {机构代码}/{年份}-{期号:2}{序号:3} */
  indexNumber: text.refine(isIndexPattern, 'index-number-pattern').optional(),
  /** 发布日期: the day each issue was first published online, by its file name (2021-3) */
  publishedOnline: z
    .record(z.string().regex(/^\d{4}-0*[1-9]\d*$/, 'issue-key-form'), realDate)
    .default({}),
});

export interface GazetteSettings {
  file: string;
  name: string | null;
  region: string | null;
  publisher: string | null;
  frequency: string | null;
  description: string | null;
  /** the organ's code, or null */
  organCode: string | null;
  /** the pattern of the 索引号, or null: documents have none */
  indexNumber: string | null;
  /** 发布日期 set for an issue, by `<year>-<number>` */
  publishedOnline: Record<string, string>;
  /** canonical names, with the line each is declared on */
  organs: Map<string, number>;
  /** every other name of an organ, as written → its canonical name and the line it is on */
  aliases: Map<string, { canonical: string; line: number }>;
  /** the PDF page that bears printed page 1 of an issue, by `<year>-<number>` (gazette.yaml's pdfStart) */
  pdfStart: Map<string, number>;
  /** the line of each top-level field, for provenance */
  lines: Record<'name' | 'region' | 'publisher' | 'frequency', number>;
}

/** Reads and validates a gazette.yaml; a problem is a GazetteError at its line. */
export function parseSettings(file: string, source: string): GazetteSettings {
  const yaml = readYaml(file, source, { multiline: ['description'] });
  const data = validateYaml(yaml, settingsSchema);
  const organs = new Map<string, number>();
  const aliases = new Map<string, { canonical: string; line: number }>();
  const owner = new Map<string, string>();
  for (const [canonical, names] of Object.entries(data.organs)) {
    organs.set(canonical, yaml.lineOf(['organs', canonical], true));
    (names ?? []).forEach((name, i) => {
      const line = yaml.lineOf(['organs', canonical, i]);
      const other = owner.get(name) ?? (organs.has(name) && name !== canonical ? name : undefined);
      if (other && other !== canonical)
        throw new GazetteError(file, line, 'organ-name-twice', { name, other });
      owner.set(name, canonical);
      aliases.set(name, { canonical, line });
    });
  }
  // A pattern that names the organ's code needs it.
  if (data.indexNumber && !data.organCode && usesOrganCode(data.indexNumber))
    throw new GazetteError(file, yaml.lineOf(['indexNumber']), 'index-number-pattern', {
      path: 'indexNumber',
    });
  for (const canonical of organs.keys()) {
    const other = owner.get(canonical);
    if (other && other !== canonical)
      throw new GazetteError(file, organs.get(canonical)!, 'organ-listed-as-alias', {
        name: canonical,
        other,
      });
  }
  return {
    file,
    name: data.name ?? null,
    region: data.region ?? null,
    publisher: data.publisher ?? null,
    frequency: data.frequency ?? null,
    description: data.description ?? null,
    organCode: data.organCode ?? null,
    indexNumber: data.indexNumber ?? null,
    // By the issue's numbering, as its file is named in any spelling (2020-04 is 2020-4).
    publishedOnline: Object.fromEntries(
      Object.entries(data.publishedOnline).map(([key, day]) => [key.replace(/-0+/, '-'), day]),
    ),
    organs,
    aliases,
    pdfStart: new Map(Object.entries(data.pdfStart)),
    lines: {
      name: yaml.lineOf(['name']),
      region: yaml.lineOf(['region']),
      publisher: yaml.lineOf(['publisher']),
      frequency: yaml.lineOf(['frequency']),
    },
  };
}

export interface OrganName {
  canonical: string;
  /** the line of the table that made the name canonical, or null when it already was */
  line: number | null;
}

/**
 * The canonical name of an issuer as the parser gave it (a full name by the gazette's region),
 * or null when the table does not know it. A name in the table matches as written and as the
 * parser would complete it (区政府办公室 → 银川市金凤区政府办公室).
 */
export function canonicalOrgan(
  settings: GazetteSettings,
  name: string,
  region: string,
): OrganName | null {
  if (settings.organs.has(name)) return { canonical: name, line: null };
  const alias = settings.aliases.get(name);
  if (alias) return { canonical: alias.canonical, line: alias.line };
  for (const [written, entry] of settings.aliases)
    if (fullOrganName(written, region) === name)
      return { canonical: entry.canonical, line: entry.line };
  for (const [canonical, line] of settings.organs)
    if (fullOrganName(canonical, region) === name) return { canonical, line };
  return null;
}

/** Issue fields the cover left empty (an unreadable cover), filled from the settings. */
export function coverFills(
  settings: GazetteSettings,
  issue: Issue,
): Array<{ field: 'gazette' | 'region' | 'publisher' | 'frequency'; value: string; line: number }> {
  const fills: Array<{
    field: 'gazette' | 'region' | 'publisher' | 'frequency';
    value: string;
    line: number;
  }> = [];
  if (!issue.gazette && settings.name)
    fills.push({ field: 'gazette', value: settings.name, line: settings.lines.name });
  if (!issue.region && settings.region)
    fills.push({ field: 'region', value: settings.region, line: settings.lines.region });
  if (!issue.publisher && settings.publisher)
    fills.push({ field: 'publisher', value: settings.publisher, line: settings.lines.publisher });
  if (!issue.frequency && settings.frequency)
    fills.push({ field: 'frequency', value: settings.frequency, line: settings.lines.frequency });
  return fills;
}
