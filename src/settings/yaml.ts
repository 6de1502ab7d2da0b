// An editor's YAML file (gazette.yaml, <issue>.fix.yaml, site.yaml) read with its node positions,
// so that every problem, a syntax error or a value the zod schema refuses, points at a line and
// column, and says in plain words what is wrong and how to write it (src/diagnostics/catalog.ts).
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type ErrorCode,
} from 'yaml';
import type { z } from 'zod';
import type { Code } from '../diagnostics/index.ts';
import { GazetteError } from '../parser/diagnostics.ts';

export type YamlPath = ReadonlyArray<string | number>;

export interface Place {
  line: number;
  column: number;
}

export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
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

export function readYaml(file: string, text: string): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
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
  const placeOf = (path: YamlPath, key = false): Place => {
    // Walk the path as far as it exists; keys compare as text (a key 1 is documents' "1").
    let node: unknown = doc.contents;
    let place = placeAt(node) ?? { line: 1, column: 1 };
    for (const [i, step] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(step),
        );
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
  return { file, text, doc, placeOf, lineOf: (path, key) => placeOf(path, key).line };
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
  const parsed = schema.safeParse(yaml.doc.toJS() ?? {});
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
      yaml.doc.toJS(),
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
  'line-number': true,
  'whole-number': true,
  'item-correction-form': true,
  'url-form': true,
  'base-path-form': true,
  'link-form': true,
};
