// The words around the diagnostics that the editor's commands print (summary lines), in both
// languages, beside the catalog of diagnostics.
import { language } from './index.ts';

type Phrase<P> = { zh: (p: P) => string; en: (p: P) => string };
const phrase_ = <P extends object>(t: Phrase<P>) => t;

const phrases = {
  'review-summary': phrase_<{ issue: string; toCheck: number; documents: number; applied: number }>(
    {
      zh: (p) =>
        `${p.issue}：${p.toCheck === 0 ? '通过' : `${p.toCheck} 项待查`}（${p.documents} 篇${p.applied ? `，已应用 ${p.applied} 条更正` : ''}）`,
      en: (p) =>
        `${p.issue}: ${p.toCheck === 0 ? 'ok' : `${p.toCheck} to check`} (${p.documents} documents${p.applied ? `, ${p.applied} correction${p.applied === 1 ? '' : 's'} applied` : ''})`,
    },
  ),
  'review-not-built': phrase_<{ file: string }>({
    zh: (p) => `${p.file}：不会发布——请先改正上面的错误`,
    en: (p) => `${p.file}: not built — fix this first`,
  }),
  'review-total': phrase_<{ issues: number; ok: number; toCheck: number }>({
    zh: (p) => `审核：共 ${p.issues} 期，${p.ok} 期通过，${p.toCheck} 期待查`,
    en: (p) =>
      `review: ${p.issues} issue${p.issues === 1 ? '' : 's'}, ${p.ok} ok, ${p.toCheck} to check`,
  }),
  configuration: phrase_({ zh: () => '配置有误', en: () => 'configuration' }),
  'no-such-file': phrase_<{ file: string }>({
    zh: (p) => `${p.file}：没有这个文件`,
    en: (p) => `${p.file}: no such file`,
  }),
};

export function phrase<K extends keyof typeof phrases>(
  key: K,
  params: Parameters<(typeof phrases)[K]['zh']>[0],
): string {
  return (phrases[key][language()] as (p: typeof params) => string)(params);
}
