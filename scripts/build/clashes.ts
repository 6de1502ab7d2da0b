// What no single issue shows wrong but two issues together do: two gazette folders whose issues
// carry one gazette name (the home page would list two gazettes of one name, a reader could not
// tell them apart), and one 发文字号 printed by two documents (a number lookup must not choose
// one silently). Pure functions, for the build (scripts/convert.ts, scripts/build.ts) and the
// review (scripts/review.ts) alike.
import { GazetteError } from '../../src/parser/diagnostics.ts';

export interface NamedIssue {
  /** The input, content/<gazette>/<year>-<number>.txt */
  file: string;
  /** The folder: the gazette's short name in ids and URLs. */
  folder: string;
  /** The gazette's name the issue carries (its cover's, or as corrected). */
  gazette: string;
}

/** Each issue whose gazette name an issue of another folder carries too, with the error that says so. */
export function gazetteNameClashes(issues: NamedIssue[]): Map<string, GazetteError> {
  const folders = new Map<string, Set<string>>();
  for (const { folder, gazette } of issues)
    folders.set(gazette, (folders.get(gazette) ?? new Set()).add(folder));
  const clashes = new Map<string, GazetteError>();
  for (const { file, folder, gazette } of issues) {
    const others = [...folders.get(gazette)!].filter((f) => f !== folder).sort();
    if (others.length > 0)
      clashes.set(file, new GazetteError(file, 1, 'gazette-name-clash', { gazette, others }));
  }
  return clashes;
}

export interface NumberedDocument {
  /** nanming/2020/4/1 */
  id: string;
  docNumber: string | null;
}

/** Each 发文字号 that more than one document prints, with those documents' ids in archive order. */
export function sharedDocNumbers(documents: NumberedDocument[]): Map<string, string[]> {
  const byNumber = new Map<string, string[]>();
  for (const { id, docNumber } of documents)
    if (docNumber) byNumber.set(docNumber, [...(byNumber.get(docNumber) ?? []), id]);
  return new Map([...byNumber].filter(([, ids]) => ids.length > 1));
}
