// An editor's YAML file (gazette.yaml, <issue>.fix.yaml) read with its node positions, so that
// every problem, a syntax error or a value the zod schema refuses, points at a line.
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { GazetteError } from '../parser/diagnostics.ts';

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  /** The line of the node at a path (or of its key when `key` is set), else of its nearest parent. */
  lineOf: (path: YamlPath, key?: boolean) => number;
}

export function readYaml(file: string, text: string): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = counter.linePos(first.pos[0]).line;
    throw new GazetteError(file, line, first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  const lineOf = (path: YamlPath, key = false): number => {
    for (let n = path.length; n >= 0; n--) {
      const parent = n > 0 ? doc.getIn(path.slice(0, n - 1), true) : undefined;
      if ((key || n < path.length) && n > 0 && isMap(parent)) {
        // The key of a map entry: a value may be empty (null), its key still has a line.
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
        if (pair && isNode(pair.key)) return lineAt(pair.key.range?.[0]);
      }
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
  return { file, doc, lineOf };
}

/** Validates the file's data with a zod schema; the first problem becomes `file:line: message`. */
export function validateYaml<T extends z.ZodType>(yaml: YamlFile, schema: T): z.output<T> {
  const parsed = schema.safeParse(yaml.doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    throw new GazetteError(yaml.file, yaml.lineOf([...path, key], true), `unknown key “${key}”${path.length ? ` in ${path.join('.')}` : ''}`);
  }
  const where = path.length ? `${path.join('.')}: ` : '';
  throw new GazetteError(yaml.file, yaml.lineOf(path), `${where}${issue.message}`);
}
