// An editor's YAML file (gazette.yaml, <issue>.fix.yaml, site.yaml) read with its node positions,
// so that every problem, a syntax error or a value the zod schema refuses, points at a line and
// column, and says in plain words what is wrong and how to write it (src/diagnostics/catalog.ts).
// The file comes from outside, so what it can cost and what it can carry is bounded here: its
// size, its aliases, keys a JavaScript object cannot hold, characters XML cannot hold, and line
// breaks in a value that is one line on the page.
import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type ErrorCode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import type { Code } from '../diagnostics/index.ts';
import { GazetteError } from '../parser/diagnostics.ts';
import { CONTROL } from '../parser/source.ts';

export type YamlPath = ReadonlyArray<string | number>;

export interface Place {
  line: number;
  column: number;
}

export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** The file's data as JavaScript values, its aliases expanded within the limit. */
  data: unknown;
  /** The place of the node at a path (of its key when `key` is set), else of the deepest part that exists. */
  placeOf: (path: YamlPath, key?: boolean) => Place;
  lineOf: (path: YamlPath, key?: boolean) => number;
}

/** The yaml library's syntax errors an editor makes, by what to tell them. */
const SYNTAX: Partial<Record<ErrorCode, Code>> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  BAD_INDENT: 'yaml-indentation',
  TAB_AS_INDENT: 'yaml-tab',
  MISSING_CHAR: 'yaml-unclosed-quote',
  BLOCK_AS_IMPLICIT_KEY: 'yaml-colon-in-value',
};

/**
 * The first line whose key ends in a full-width colon (`name：x`): YAML reads the line as text,
 * so the mistake surfaces elsewhere, as a line that is not a key or a map that is text. A list
 * item and a value after a half-width colon may hold “：” as any text does.
 */
export function fullWidthColon(text: string): Place | null {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    const m = /^(\s*)([^\s#\-"'：:][^：:#]*?)\s*：/.exec(line);
    if (m) return { line: i + 1, column: m[1]!.length + m[2]!.length + 1 };
  }
  return null;
}

export interface YamlLimits {
  /** Top-level keys whose values may span lines (a description); every other text is one line. */
  multiline?: readonly string[];
}

// An organ table of a few hundred names is tens of kilobytes; parsing a megabyte of nested
// brackets already takes a second.
export const YAML_MAX_BYTES = 1 << 20;
// yaml's own default: an alias expanded more often than this is a bomb, not a table.
export const YAML_MAX_ALIASES = 100;
// A lone half of a UTF-16 pair, which only a YAML escape (\ud800) can make.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
// zod leaves this key out of a record without a word (assigning it would set the prototype).
const RESERVED_KEY = '__proto__';

export function readYaml(file: string, text: string, limits: YamlLimits = {}): YamlFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > YAML_MAX_BYTES)
    throw new GazetteError(file, 1, 'yaml-too-large', { bytes, limit: YAML_MAX_BYTES });
  const counter = new LineCounter();
  // yaml's own check of duplicate keys compares each key with every other (9 s for 20,000
  // organs); the walk below does it by key as text, which is also how JavaScript keeps them.
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: false,
  });
  const first = doc.errors[0];
  if (first) {
    let { line, col } = counter.linePos(first.pos[0]);
    const colon = fullWidthColon(text);
    if (colon && colon.line <= line)
      throw new GazetteError(file, colon.line, 'yaml-full-width-colon', {}, colon.column);
    // A flow list or map left open is BAD_INDENT too, but not an indentation mistake.
    const code = /^Flow/.test(first.message) ? undefined : SYNTAX[first.code];
    if (code === 'yaml-unclosed-quote') {
      // YAML notices the missing quote where the file ends: the quote opens on an earlier line.
      const lines = text.split(/\r\n|\r|\n/);
      const open = lines.findLastIndex(
        (l, i) => i < line && (l.split('"').length % 2 === 0 || l.split("'").length % 2 === 0),
      );
      if (open >= 0) [line, col] = [open + 1, 1];
    }
    if (code) throw new GazetteError(file, line, code as 'yaml-tab', {}, col);
    throw new GazetteError(
      file,
      line,
      'yaml-syntax',
      { reason: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') },
      col,
    );
  }
  const placeAt = (node: unknown): Place | undefined => {
    if (!isNode(node) || !node.range) return undefined;
    const { line, col } = counter.linePos(node.range[0]);
    return { line, column: col };
  };
  const fail = (at: number, code: Code, params: object): never => {
    const { line, col } = counter.linePos(at);
    throw new GazetteError(file, line, code as 'yaml-tab', params as never, col);
  };
  let firstAlias: number | undefined;
  visit(doc, {
    Map(_, node) {
      const keys = new Set<string>();
      for (const { key } of node.items)
        if (isScalar(key)) {
          const name = String(key.value);
          if (keys.has(name)) fail(key.range![0], 'yaml-duplicate-key', {});
          keys.add(name);
        }
    },
    Alias(_, node) {
      firstAlias ??= node.range![0];
      if (!node.resolve(doc)) fail(node.range![0], 'yaml-unresolved-alias', { name: node.source });
    },
    Scalar(role, node, ancestors) {
      if (typeof node.value !== 'string') return;
      const [start, end] = node.range!;
      if (role === 'key' && node.value === RESERVED_KEY)
        fail(start, 'yaml-reserved-key', { key: RESERVED_KEY });
      const bad = CONTROL.exec(node.value) ?? LONE_SURROGATE.exec(node.value);
      if (bad) {
        // At its own place when written as it is, else (a YAML escape, \x07) at the value's.
        const raw = text.slice(start, end).indexOf(bad[0]);
        const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        fail(raw >= 0 ? start + raw : start, 'yaml-unreadable-character', { code });
      }
      const pair = ancestors.at(-1);
      const topKey =
        ancestors.length === 3 && isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '';
      if (role === 'value' && limits.multiline?.includes(topKey)) return;
      // Lines of the value as written: a block scalar's start after its header (| or >); a
      // plain or quoted one over several lines is folded, a space put where each line breaks.
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      const lines =
        counter.linePos(Math.max(start, end - 1)).line -
        counter.linePos(start).line +
        (block ? 0 : 1);
      if (lines > 1 || LINE_BREAK.test(node.value))
        fail(start, 'yaml-line-break', { path: pathOf([...ancestors, node]) });
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError) || firstAlias === undefined) throw error;
    fail(firstAlias, 'yaml-too-many-aliases', { limit: YAML_MAX_ALIASES });
  }
  // Each map's pairs by key as text (a key 1 is documents' "1"), made when first asked: an organ
  // table of thousands of names asks for the place of each.
  const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, step: string | number) => {
    let pairs = pairsByKey.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const p of map.items as Pair[])
        if (isScalar(p.key) && !pairs.has(String(p.key.value))) pairs.set(String(p.key.value), p);
      pairsByKey.set(map, pairs);
    }
    return pairs.get(String(step));
  };
  const placeOf = (path: YamlPath, key = false): Place => {
    // Walk the path as far as it exists.
    let node: unknown = doc.contents;
    let place = placeAt(node) ?? { line: 1, column: 1 };
    for (const [i, step] of path.entries()) {
      if (isMap(node)) {
        const pair = pairOf(node, step);
        if (!pair) return place;
        const last = i === path.length - 1;
        place =
          (last && key ? placeAt(pair.key) : (placeAt(pair.value) ?? placeAt(pair.key))) ?? place;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(step)];
        place = placeAt(node) ?? place;
      } else return place;
    }
    return place;
  };
  return { file, text, doc, data, placeOf, lineOf: (path, key) => placeOf(path, key).line };
}

/** The dotted path of the last node of a chain from the document (documents.1.title). */
function pathOf(chain: readonly unknown[]): string {
  const parts: string[] = [];
  chain.forEach((node, i) => {
    if (isPair(node) && isScalar(node.key)) parts.push(String(node.key.value));
    else if (isSeq(node)) parts.push(String(node.items.indexOf(chain[i + 1] as never)));
  });
  return parts.join('.');
}

/** The keys a strict object of the schema allows at a path, for an unknown key's message. */
function keysAt(schema: z.ZodType, path: YamlPath): string[] {
  let node: unknown = schema;
  const def = (n: unknown) => (n as { _zod: { def: Record<string, unknown> } })._zod.def;
  const unwrap = (n: unknown): unknown => {
    const d = def(n);
    return ['optional', 'default', 'nullable', 'prefault'].includes(d.type as string)
      ? unwrap(d.innerType)
      : d.type === 'pipe'
        ? unwrap(d.in)
        : n;
  };
  for (const step of path) {
    node = unwrap(node);
    const d = def(node);
    if (d.type === 'object') node = (d.shape as Record<string, unknown>)[String(step)];
    else if (d.type === 'record') node = d.valueType;
    else if (d.type === 'array') node = d.element;
    else return [];
    if (!node) return [];
  }
  node = unwrap(node);
  const d = def(node);
  return d.type === 'object' ? Object.keys(d.shape as object) : [];
}

/**
 * Validates the file's data with a zod schema; the first problem becomes a GazetteError at its
 * line and column. A schema's own messages are catalog codes (`.min(1, 'value-empty')`); zod's
 * are turned into the catalog's by their kind.
 */
export function validateYaml<T extends z.ZodType>(yaml: YamlFile, schema: T): z.output<T> {
  const parsed = schema.safeParse(yaml.data ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // `name：x` alone is a document of text, not a map, and `a：b` among keys is a key of its own:
  // the colon, not the type or the key, is the mistake.
  const colon = fullWidthColon(yaml.text);
  if (
    colon &&
    (!isMap(yaml.doc.contents) ||
      (issue.code === 'unrecognized_keys' && issue.keys.some((k) => k.includes('：'))))
  )
    throw new GazetteError(yaml.file, colon.line, 'yaml-full-width-colon', {}, colon.column);
  const steps = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const path = steps.join('.');
  const fail = (place: Place, code: Code, params: object): never => {
    throw new GazetteError(
      yaml.file,
      place.line,
      code as 'value-empty',
      params as never,
      place.column,
    );
  };
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    fail(yaml.placeOf([...steps, key], true), 'unknown-key', {
      key,
      path,
      allowed: keysAt(schema, steps),
    });
  }
  const place = yaml.placeOf(steps);
  if (issue.message in CODED) fail(place, issue.message as Code, { path });
  // A key of a table (an organ's name) refused: its own schema says why.
  if (issue.code === 'invalid_key' && issue.issues[0]!.message in CODED)
    fail(place, issue.issues[0]!.message as Code, { path: steps.slice(0, -1).join('.') });
  if (issue.code === 'invalid_type') {
    const value = steps.reduce<unknown>(
      (v, s) => (v as Record<string | number, unknown> | undefined)?.[s],
      yaml.data,
    );
    // `key：value` as a table's first row is the table's text: the colon is the mistake.
    const colon = typeof value === 'string' && !value.includes('\n') && fullWidthColon(value);
    if (colon && (issue.expected === 'object' || issue.expected === 'record'))
      throw new GazetteError(
        yaml.file,
        place.line,
        'yaml-full-width-colon',
        {},
        place.column + colon.column - 1,
      );
    const received = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    fail(place, 'wrong-type', { path, expected: issue.expected, received });
  }
  if (issue.code === 'invalid_value')
    fail(place, 'not-one-of', { path, values: issue.values.map(String) });
  if (issue.code === 'too_small' && issue.origin === 'string') fail(place, 'value-empty', { path });
  return fail(place, 'invalid-value', { path, reason: issue.message });
}

/** The codes a schema may give as its messages (each takes the value's path). */
const CODED: Partial<Record<Code, true>> = {
  'value-empty': true,
  'date-form': true,
  'date-nonexistent': true,
  'validity-value': true,
  'line-number': true,
  'whole-number': true,
  'item-correction-form': true,
  'url-form': true,
  'base-path-form': true,
  'link-form': true,
  'pdf-start-form': true,
  'email-form': true,
  'site-code-form': true,
  'icp-form': true,
  'police-form': true,
  'conac-form': true,
  'organ-code-form': true,
  'index-number-pattern': true,
  'issue-key-form': true,
};
