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
  'dev-converted': phrase_<{ converted: number; unchanged: number; skipped: number }>({
    zh: (p) => `dev：转换 ${p.converted} 期，未变 ${p.unchanged} 期，跳过 ${p.skipped} 期`,
    en: (p) =>
      `dev: ${p.converted} issues converted, ${p.unchanged} unchanged, ${p.skipped} skipped`,
  }),
  'dev-watching': phrase_({
    zh: () => 'dev：正在监视 content/，文本、设置或更正一改就重新转换',
    en: () => 'dev: watching content/; a changed text, setting or correction is converted again',
  }),
  'dev-restart': phrase_<{ file: string }>({
    zh: (p) => `dev：${p.file} 已修改，重启预览服务器`,
    en: (p) => `dev: ${p.file} changed; restarting the server`,
  }),
  'preview-serving': phrase_<{ dir: string; url: string }>({
    zh: (p) => `预览 ${p.dir}/：${p.url}（按 Ctrl+C 结束）`,
    en: (p) => `serving ${p.dir}/ at ${p.url} (Ctrl+C stops)`,
  }),
  'preview-port-in-use': phrase_<{ port: number }>({
    zh: (p) => `端口 ${p.port} 已被占用：换一个端口，例如 npm run preview -- --port 8080`,
    en: (p) => `port ${p.port} is in use: choose another, e.g. npm run preview -- --port 8080`,
  }),
  'preview-no-build': phrase_<{ dir: string }>({
    zh: (p) => `没有 ${p.dir}/：请先运行 npm run build`,
    en: (p) => `no ${p.dir}/: run npm run build first`,
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
