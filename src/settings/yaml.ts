// An editor's YAML file (gazette.yaml, <issue>.fix.yaml) read with its node positions, so that
// every problem, a syntax error or a value the zod schema refuses, points at a line. The file
// comes from outside, so what it can cost and what it can carry is bounded here, for both
// files: its size, its aliases, keys a JavaScript object cannot hold, characters XML cannot
// hold, and line breaks in a value that is one line on the page.
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
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod';
import { GazetteError } from '../parser/diagnostics.ts';
import { CONTROL } from '../parser/source.ts';
import { yamlMessages } from './messages.ts';

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  /** The file's data as JavaScript values. */
  data: unknown;
  /** The line of the node at a path (of its key when `key` is set), else of the deepest part that exists. */
  lineOf: (path: YamlPath, key?: boolean) => number;
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
    throw new GazetteError(file, 1, yamlMessages.tooLarge(bytes, YAML_MAX_BYTES));
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
    const line = counter.linePos(first.pos[0]).line;
    throw new GazetteError(
      file,
      line,
      first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    );
  }
  const lineAt = (node: unknown) =>
    isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
  const fail = (at: number, message: string): never => {
    throw new GazetteError(file, counter.linePos(at).line, message);
  };
  let firstAlias: number | undefined;
  visit(doc, {
    Map(_, node) {
      const keys = new Set<string>();
      for (const { key } of node.items)
        if (isScalar(key)) {
          const name = String(key.value);
          if (keys.has(name)) fail(key.range![0], yamlMessages.duplicateKey(name));
          keys.add(name);
        }
    },
    Alias(_, node) {
      firstAlias ??= node.range![0];
      if (!node.resolve(doc)) fail(node.range![0], yamlMessages.unresolvedAlias(node.source));
    },
    Scalar(role, node, ancestors) {
      if (typeof node.value !== 'string') return;
      const [start, end] = node.range!;
      if (role === 'key' && node.value === RESERVED_KEY)
        fail(start, yamlMessages.reservedKey(RESERVED_KEY));
      const bad = CONTROL.exec(node.value) ?? LONE_SURROGATE.exec(node.value);
      if (bad) {
        // At its own line when written as it is, else (a YAML escape, \x07) at the value's.
        const raw = text.slice(start, end).indexOf(bad[0]);
        const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        fail(raw >= 0 ? start + raw : start, yamlMessages.unreadableCharacter(code));
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
        fail(start, yamlMessages.lineBreak(pathOf([...ancestors, node])));
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError) || firstAlias === undefined) throw error;
    fail(firstAlias, yamlMessages.tooManyAliases(YAML_MAX_ALIASES));
  }
  // Each map's pairs by key as text (a key 1 is documents' "1"), made when first asked: an organ
  // table of thousands of names asks for the line of each.
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
  const lineOf = (path: YamlPath, key = false): number => {
    // Walk the path as far as it exists.
    let node: unknown = doc.contents;
    let line = lineAt(node) ?? 1;
    for (const [i, step] of path.entries()) {
      if (isMap(node)) {
        const pair = pairOf(node, step);
        if (!pair) return line;
        const last = i === path.length - 1;
        line = (last && key ? lineAt(pair.key) : (lineAt(pair.value) ?? lineAt(pair.key))) ?? line;
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(step)];
        line = lineAt(node) ?? line;
      } else return line;
    }
    return line;
  };
  return { file, doc, data, lineOf };
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

/** Validates the file's data with a zod schema; the first problem becomes `file:line: message`. */
export function validateYaml<T extends z.ZodType>(yaml: YamlFile, schema: T): z.output<T> {
  const parsed = schema.safeParse(yaml.data ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    throw new GazetteError(
      yaml.file,
      yaml.lineOf([...path, key], true),
      `unknown key “${key}”${path.length ? ` in ${path.join('.')}` : ''}`,
    );
  }
  const where = path.length ? `${path.join('.')}: ` : '';
  throw new GazetteError(yaml.file, yaml.lineOf(path), `${where}${issue.message}`);
}
