import { readFileSync } from 'node:fs';
import { type Editorial, editIssue } from '../../src/corrections/apply.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import { parseSettings } from '../../src/settings/index.ts';

export const settingsOf = (file: string) => parseSettings(file, readFileSync(file, 'utf8'));
export const correctionsOf = (file: string) => parseCorrections(file, readFileSync(file, 'utf8'));

/** A sample issue as the editor publishes it. */
export const edit = (path: string, editorial: Editorial = {}) =>
  editIssue(path, readFileSync(path), editorial);

/** The `file:line: message` a bad settings or corrections file is refused with. */
export function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

/** The error a bad settings or corrections file is refused with (code, place, parameters), or 'accepted'. */
export function refused(read: () => unknown): GazetteError | 'accepted' {
  try {
    read();
  } catch (error) {
    if (error instanceof GazetteError) return error;
    throw error;
  }
  return 'accepted';
}

/**
 * The editor's check of jinfeng/2018/2's 主题分类, as its corrections file writes it: each class
 * the title's words gave, confirmed (item 5, 街道社区管理体制改革, has none).
 */
export const JINFENG_SUBJECTS_CONFIRMED = [
  'documents:',
  ...(
    [
      [1, '城乡建设、环境保护'],
      [2, '科技、教育'],
      [3, '农业、林业、水利'],
      [4, '城乡建设、环境保护'],
      [6, '科技、教育'],
      [7, '综合政务'],
      [8, '科技、教育'],
      [9, '财政、金融、审计'],
      [10, '综合政务'],
    ] as const
  ).flatMap(([item, subject]) => [`  ${item}:`, `    subject: ${subject}`]),
  '',
].join('\n');
