// An editor's YAML file (gazette.yaml, <issue>.fix.yaml) read with its node positions, so that
// every problem, a syntax error or a value the zod schema refuses, points at a line.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { GazetteError } from '../parser/diagnostics.ts';

export type YamlPath = ReadonlyArray<string | number>;

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  /** The line of the node at a path (of its key when `key` is set), else of the deepest part that exists. */
  lineOf: (path: YamlPath, key?: boolean) => number;
}

export function readYaml(file: string, text: string): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
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
  const lineOf = (path: YamlPath, key = false): number => {
    // Walk the path as far as it exists; keys compare as text (a key 1 is documents' "1").
    let node: unknown = doc.contents;
    let line = lineAt(node) ?? 1;
    for (const [i, step] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(step),
        );
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
    throw new GazetteError(
      yaml.file,
      yaml.lineOf([...path, key], true),
      `unknown key “${key}”${path.length ? ` in ${path.join('.')}` : ''}`,
    );
  }
  const where = path.length ? `${path.join('.')}: ` : '';
  throw new GazetteError(yaml.file, yaml.lineOf(path), `${where}${issue.message}`);
}
