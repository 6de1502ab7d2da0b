// The words around the diagnostics that the editor's commands print (progress and summary lines,
// notes), in both languages, beside the catalog of diagnostics.
import { language } from './index.ts';

type Phrase<P> = { zh: (p: P) => string; en: (p: P) => string };
const phrase_ = <P extends object>(t: Phrase<P>) => t;

/** The build's long steps, as its progress and timing lines name them. */
export type Step = 'convert' | 'pages' | 'search index' | 'snapshots' | 'outputs';
const STEP: Record<Step, { zh: string; en: string }> = {
  convert: { zh: '转换', en: 'convert' },
  pages: { zh: '页面', en: 'pages' },
  'search index': { zh: '搜索索引', en: 'search index' },
  snapshots: { zh: '快照', en: 'snapshots' },
  outputs: { zh: '页面、搜索索引和快照', en: 'pages, search index and snapshots' },
};

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
  /** A line of another's words, after the command that prints it. */
  said: phrase_<{ command: 'build' | 'review'; line: string }>({
    zh: (p) => `${p.command}：${p.line}`,
    en: (p) => `${p.command}: ${p.line}`,
  }),
  converted: phrase_<{
    command: 'build' | 'convert' | 'dev';
    converted: number;
    unchanged: number;
    skipped: number;
  }>({
    zh: (p) => `${p.command}：转换 ${p.converted} 期，未变 ${p.unchanged} 期，跳过 ${p.skipped} 期`,
    en: (p) =>
      `${p.command}: ${p.converted} issues converted, ${p.unchanged} unchanged, ${p.skipped} skipped`,
  }),
  // A long step's progress (scripts/lib/progress.ts).
  progress: phrase_<{
    step: Step;
    done: number;
    total: number;
    percent: number;
    rate: string;
    left: string;
  }>({
    zh: (p) =>
      `${STEP[p.step].zh}：${p.done}/${p.total}（${p.percent}%），每秒 ${p.rate} 个，约剩 ${p.left} 秒`,
    en: (p) =>
      `${STEP[p.step].en}: ${p.done}/${p.total} (${p.percent}%), ${p.rate}/s, about ${p.left} s left`,
  }),
  'build-step-done': phrase_<{ step: Step; seconds: string }>({
    zh: (p) => `build：${STEP[p.step].zh}完成，用时 ${p.seconds} 秒`,
    en: (p) => `build: ${STEP[p.step].en} done in ${p.seconds} s`,
  }),
  'build-made': phrase_<{
    made: number;
    inSite: number;
    runs: number;
    reused: number;
    bundlesMade: number;
    bundlesReused: number;
    carried: number;
    bundlesCarried: number;
    siteSeconds: string;
  }>({
    zh: (p) =>
      `build：期次页面新生成 ${p.made} 期（${p.inSite} 期随全站运行生成，其余由 ${p.runs} 次分片 Astro 运行生成），${p.reused} 期取自构建缓存；搜索分包新生成 ${p.bundlesMade} 个，${p.bundlesReused} 个取自构建缓存；其中 ${p.carried} 期的页面和快照、${p.bundlesCarried} 个搜索分包原样留用已发布网站中的文件；全站运行用时 ${p.siteSeconds} 秒`,
    en: (p) =>
      `build: issues' pages ${p.made} made (${p.inSite} by the site run, the rest by ${p.runs} shard Astro run${p.runs === 1 ? '' : 's'}), ${p.reused} from the build cache; search bundles ${p.bundlesMade} made, ${p.bundlesReused} from the build cache; of these, ${p.carried} issues' pages and snapshots and ${p.bundlesCarried} search bundles kept as the published site holds them; the site run took ${p.siteSeconds} s`,
  }),
  'build-total': phrase_<{ documents: number; issues: number; shards: number; seconds: string }>({
    zh: (p) =>
      `build：${p.documents} 篇文件、${p.issues} 个快照，分 ${p.shards} 片；共用时 ${p.seconds} 秒`,
    en: (p) =>
      `build: ${p.documents} documents and ${p.issues} snapshots in ${p.shards} shard${p.shards === 1 ? '' : 's'}; ${p.seconds} s in all`,
  }),
  /** A build that stopped (a signal, or an error's own words) before replacing OUT_DIR. */
  'build-stopped': phrase_<{ signal?: string; error?: string; dir: string }>({
    zh: (p) =>
      `build：${p.signal ? `收到 ${p.signal}，已中止` : `失败：${p.error}`}；${p.dir} 未作改动`,
    en: (p) =>
      `build: ${p.signal ? `stopped by ${p.signal}` : `failed: ${p.error}`}; ${p.dir} is unchanged`,
  }),
  /** The build's closing lines when anything could not be built. */
  'build-not-built': phrase_<{ count: number }>({
    zh: (p) =>
      `build：${p.count} 个文件未能构建（构建以非零状态退出）；已发布的期次保留上次发布的版本，新期次未发布：`,
    en: (p) =>
      `build: ${p.count} file${p.count === 1 ? '' : 's'} not built (the build exits non-zero); issues published before keep their last version, new ones are not published:`,
  }),
  /** An issue that cannot be built now, whose last good output stays online. */
  'kept-published': phrase_<{ problem: string }>({
    zh: (p) => `${p.problem} — 本次未能构建：网站保留上次发布的版本，不作更新`,
    en: (p) => `${p.problem} — not built now: the site keeps its last published version`,
  }),
  /** An issue that cannot be built and was never published: it is left out. */
  'left-out': phrase_<{ problem: string }>({
    zh: (p) => `${p.problem} — 已跳过`,
    en: (p) => `${p.problem} — skipped`,
  }),
  /** One 发文字号 printed by several documents: listed, never one chosen. */
  'shared-doc-number': phrase_<{ docNumber: string; ids: string[] }>({
    zh: (p) =>
      `发文字号“${p.docNumber}”见于 ${p.ids.length} 篇文件（${p.ids.join('、')}）：检索此文号时列出全部，请核对是否有误`,
    en: (p) =>
      `the 发文字号 “${p.docNumber}” is printed by ${p.ids.length} documents (${p.ids.join(', ')}): a search for it lists them all; check whether one is wrong`,
  }),
  'build-locked': phrase_<{ command: string; pid: number }>({
    zh: (p) =>
      `${p.command}：另一个构建正在运行（进程 ${p.pid}），请等它结束后再运行；本次没有改动任何文件`,
    en: (p) =>
      `${p.command}: another build is running (process ${p.pid}); run this once it has ended. No file was changed`,
  }),
  'build-cache-damaged': phrase_<{ dir: string; kind: string; key: string }>({
    zh: (p) => `build：缓存 ${p.dir}（${p.kind} ${p.key}）已损坏，已删除，重新生成`,
    en: (p) =>
      `build: the cache entry ${p.dir} (${p.kind} ${p.key}) was damaged: removed, made again`,
  }),
  'convert-cache-damaged': phrase_<{ file: string; reason: string }>({
    zh: (p) => `convert：${p.file} 已损坏（${p.reason}），已忽略，所有期次重新转换`,
    en: (p) =>
      `convert: ${p.file} is damaged (${p.reason}): ignored, every issue is converted again`,
  }),
  'convert-cache-foreign': phrase_<{ file: string }>({
    zh: (p) => `convert：${p.file} 不是转换缓存，已忽略，所有期次重新转换`,
    en: (p) => `convert: ${p.file} is not a convert cache: ignored, every issue is converted again`,
  }),
  'convert-cache-untrusted': phrase_<{ file: string; count: number }>({
    zh: (p) =>
      `convert：${p.file} 中有 ${p.count} 项不可信（格式不对或路径在生成内容之外），这些期次重新转换`,
    en: (p) =>
      `convert: ${p.count} entr${p.count === 1 ? 'y' : 'ies'} of ${p.file} cannot be trusted (wrong form, or a path outside the generated content): those issues are converted again`,
  }),
  // What verify checked: every file of the bag, its bytes, the manifests' checksums it matched.
  'verify-valid': phrase_<{ file: string; files: number; bytes: number; checksums: number }>({
    zh: (p) =>
      `${p.file}：完好（${p.files} 个文件，共 ${p.bytes} 字节；${p.checksums} 个 SHA-256 校验和逐一核对无误）`,
    en: (p) =>
      `${p.file}: valid (${p.files} files, ${p.bytes} bytes; ${p.checksums} SHA-256 checksums verified)`,
  }),
  'verify-invalid': phrase_<{
    file: string;
    problems: number;
    files: number;
    bytes: number;
    checksums: number;
  }>({
    // A zip found broken before any file was read says only how many problems.
    zh: (p) =>
      `${p.file}：有 ${p.problems} 处问题${p.files ? `（${p.files} 个文件，共 ${p.bytes} 字节；${p.checksums} 个 SHA-256 校验和相符）` : ''}`,
    en: (p) =>
      `${p.file}: ${p.problems} problem${p.problems === 1 ? '' : 's'}${p.files ? ` (${p.files} files, ${p.bytes} bytes; ${p.checksums} SHA-256 checksums matched)` : ''}`,
  }),
  'verify-unreadable': phrase_({
    zh: () => '无法读取：既不是 zip 文件，也不是文件夹，或没有读权限',
    en: () => 'cannot be read: neither a zip file nor a folder, or not readable',
  }),
  // npm run pages, index and snapshot run alone, and the snapshots' line in a build.
  'pages-done': phrase_<{ documents: number; shards: number }>({
    zh: (p) => `页面：${p.documents} 篇文件，分 ${p.shards} 片，以及网站的其他页面`,
    en: (p) =>
      `pages: ${p.documents} documents in ${p.shards} shard${p.shards === 1 ? '' : 's'}, and the site's other pages`,
  }),
  'index-done': phrase_<{ documents: number; bundles: number; dir: string }>({
    zh: (p) => `搜索索引：${p.documents} 篇文件，${p.bundles} 个 Pagefind 分包，在 ${p.dir}`,
    en: (p) =>
      `search index: ${p.documents} documents in ${p.bundles} Pagefind bundle${p.bundles === 1 ? '' : 's'} under ${p.dir}`,
  }),
  'child-hung': phrase_<{ command: string; seconds: number; again: boolean }>({
    zh: (p) =>
      `构建：子进程 ${p.command} 已 ${p.seconds} 秒没有响应，已终止${p.again ? '，重新运行一次' : '；它重试时再次停止响应，本步骤失败'}`,
    en: (p) =>
      `build: the child process ${p.command} did not answer for ${p.seconds} s and was stopped${p.again ? '; running it once more' : '; it stopped answering again on its retry, and the step fails'}`,
  }),
  'snapshots-shard': phrase_<{ written: number; total: number; first: string; reused: number }>({
    zh: (p) =>
      `快照：${p.first}… 一片的 ${p.total} 期，新写出 ${p.written} 个，${p.reused} 个取自构建缓存`,
    en: (p) =>
      `snapshots: ${p.written} of ${p.total} in ${p.first}… written, ${p.reused} reused from the build cache`,
  }),
  'snapshots-done': phrase_<{ issues: number; dir: string }>({
    zh: (p) => `快照：${p.issues} 期，在 ${p.dir}`,
    en: (p) => `snapshots: ${p.issues} issues in ${p.dir}`,
  }),
  'shard-unknown': phrase_<{ given: string; count: number }>({
    zh: (p) =>
      `--shard ${p.given}：档案只有${p.count === 1 ? '第 0 片' : `第 0 至 ${p.count - 1} 片`}`,
    en: (p) =>
      `--shard ${p.given}: the archive has shard${p.count === 1 ? ' 0' : `s 0 to ${p.count - 1}`}`,
  }),
  // npm run verify: what is wrong with a snapshot (src/snapshot/bagit.ts, src/snapshot/zip.ts),
  // each after the name of the file it is about.
  'bag-missing': phrase_({ zh: () => '缺失', en: () => 'missing' }),
  'bag-not-plain-file': phrase_({
    zh: () => '不是普通文件（符号链接或设备），未读取',
    en: () => 'not a plain file (a link or a device): not read',
  }),
  'bag-not-utf8': phrase_({ zh: () => '不是 UTF-8 文本', en: () => 'not UTF-8 text' }),
  'bag-manifest-line': phrase_({
    zh: () => '不是 sha256 清单行',
    en: () => 'not a sha256 manifest line',
  }),
  'bag-no-version': phrase_({
    zh: () => '没有 BagIt-Version 行',
    en: () => 'no BagIt-Version line',
  }),
  'bag-listed-outside': phrase_<{ manifest: string; payload: boolean }>({
    zh: (p) =>
      `列在 ${p.manifest} 中，但它只列${p.payload ? ' data/ 中的内容文件' : '标签文件'}（RFC 8493）`,
    en: (p) =>
      `listed in ${p.manifest}, ${p.payload ? 'which lists only the payload, in data/' : 'which lists only tag files'} (RFC 8493)`,
  }),
  'bag-listed-missing': phrase_<{ manifest: string }>({
    zh: (p) => `缺失（列在 ${p.manifest} 中）`,
    en: (p) => `missing (listed in ${p.manifest})`,
  }),
  'bag-altered': phrase_<{ manifest: string }>({
    zh: (p) => `已被改动（sha256 与 ${p.manifest} 所列不符）`,
    en: (p) => `altered (sha256 differs from ${p.manifest})`,
  }),
  'bag-added': phrase_<{ manifest: string }>({
    zh: (p) => `是多出的文件（不在 ${p.manifest} 中）`,
    en: (p) => `added (not in ${p.manifest})`,
  }),
  'bag-oxum': phrase_<{ given: string; actual: string }>({
    zh: (p) => `Payload-Oxum ${p.given} 与内容文件不符（实为 ${p.actual}）`,
    en: (p) => `Payload-Oxum ${p.given} does not match the payload (${p.actual})`,
  }),
  'bag-source-missing': phrase_<{ file: string }>({
    zh: (p) => `Source-File ${p.file} 缺失`,
    en: (p) => `Source-File ${p.file} is missing`,
  }),
  'bag-source-differs': phrase_<{ file: string }>({
    zh: (p) => `Source-SHA256 与 ${p.file} 不符`,
    en: (p) => `Source-SHA256 does not match ${p.file}`,
  }),
  'bag-one-folder': phrase_({
    zh: () => 'zip 中应恰好有一个文件夹，即 bag 本身',
    en: () => 'the zip must hold exactly one folder, the bag',
  }),
  'zip-name': phrase_<{ reason: 'backslash' | 'absolute' | 'nul' | 'dot-dot' | 'empty' }>({
    zh: (p) =>
      ({
        backslash: '含反斜杠，有些解压工具把它当作文件夹分隔符',
        absolute: '是绝对路径',
        nul: '含 NUL 字符',
        'dot-dot': '含“..”一段，会通到所在文件夹之外',
        empty: '含空的或“.”的一段：解压工具会用它覆盖同名的普通文件',
      })[p.reason],
    en: (p) =>
      ({
        backslash: 'has a backslash, which some unzip tools take for a folder',
        absolute: 'is an absolute path',
        nul: 'holds a NUL character',
        'dot-dot': 'has a “..” segment, which leads out of its folder',
        empty:
          'has an empty or “.” segment: an unzip tool writes it over the file of the plain name',
      })[p.reason],
  }),
  'zip-no-end': phrase_({
    zh: () => '没有中央目录结束记录：不是 zip 文件，或文件不完整',
    en: () => 'no end of central directory record: not a zip file, or cut short',
  }),
  'zip-split': phrase_({
    zh: () => '中央目录分在多个分卷中',
    en: () => 'the central directory is split over disks',
  }),
  'zip-directory-misplaced': phrase_<{ size: number; start: number; end: number }>({
    zh: (p) => `中央目录（${p.size} 字节，起于 ${p.start}）没有在结束记录开始处（${p.end}）结束`,
    en: (p) =>
      `the central directory (${p.size} bytes at ${p.start}) does not end where its end record begins (${p.end})`,
  }),
  'zip-entry-signature': phrase_<{ n: number; count: number; offset: number }>({
    zh: (p) => `中央目录第 ${p.n} 项（共 ${p.count} 项）在偏移 ${p.offset} 处没有有效签名`,
    en: (p) =>
      `central directory entry ${p.n} of ${p.count} has no valid signature at offset ${p.offset}`,
  }),
  'zip-entry-overrun': phrase_<{ n: number }>({
    zh: (p) => `中央目录第 ${p.n} 项超出了目录末尾`,
    en: (p) => `central directory entry ${p.n} runs past the directory's end`,
  }),
  'zip-entry-name': phrase_<{ n: number }>({
    zh: (p) => `中央目录第 ${p.n} 项的名称不是 UTF-8`,
    en: (p) => `central directory entry ${p.n} has a name that is not UTF-8`,
  }),
  'zip-special': phrase_<{ mode: string }>({
    zh: (p) => `是符号链接或其他特殊文件（mode ${p.mode}），不是普通文件`,
    en: (p) => `is a symbolic link or another special file (mode ${p.mode}), not a file`,
  }),
  'zip-twice': phrase_({
    zh: () => '出现了两次（解压工具可能取其中任一份）',
    en: () => 'given twice (an unzip tool may extract either copy)',
  }),
  'zip-case': phrase_<{ other: string }>({
    zh: (p) => `与 ${p.other} 只有大小写或 Unicode 形式不同（在许多文件系统上是同一个文件）`,
    en: (p) =>
      `differs from ${p.other} only in case or Unicode form (one file on many file systems)`,
  }),
  'zip-encrypted': phrase_({ zh: () => '已加密', en: () => 'encrypted' }),
  'zip-no-local-header': phrase_<{ offset: number }>({
    zh: (p) => `在偏移 ${p.offset} 处没有本地文件头`,
    en: (p) => `no local header at offset ${p.offset}`,
  }),
  'zip-headers-disagree': phrase_({
    zh: () => '中央目录与本地文件头不一致（名称或压缩方式）',
    en: () => 'the central directory and the local header disagree (name or compression)',
  }),
  'zip-data-overrun': phrase_({
    zh: () => '数据延伸进了中央目录',
    en: () => 'its data runs into the central directory',
  }),
  'zip-method': phrase_<{ method: number }>({
    zh: (p) => `未知的压缩方式 ${p.method}`,
    en: (p) => `unknown compression method ${p.method}`,
  }),
  'zip-tag-too-large': phrase_<{ size: number; limit: number }>({
    zh: (p) => `${p.size} 字节，超过标签文件的上限（${p.limit}）`,
    en: (p) => `${p.size} bytes, more than a tag file can be (${p.limit})`,
  }),
  'zip-inflates-past': phrase_<{ declared: number }>({
    zh: (p) => `解压后超过中央目录所写的 ${p.declared} 字节（已在此停止）`,
    en: (p) =>
      `inflates to more than the ${p.declared} bytes the central directory says (stopped there)`,
  }),
  'zip-damaged': phrase_<{ reason: string }>({
    zh: (p) => `压缩数据已损坏（${p.reason}）`,
    en: (p) => `the compressed data is damaged (${p.reason})`,
  }),
  'zip-size': phrase_<{ size: number; declared: number }>({
    zh: (p) => `解压得 ${p.size} 字节，中央目录写的是 ${p.declared}`,
    en: (p) => `${p.size} bytes where the central directory says ${p.declared}`,
  }),
  'zip-crc': phrase_({
    zh: () => 'CRC-32 与中央目录不符',
    en: () => 'CRC-32 does not match the central directory',
  }),
  'zip-folder-data': phrase_({
    zh: () => '是文件夹，却含有数据',
    en: () => 'a folder that holds data',
  }),
  'zip-folder-empty': phrase_({
    zh: () => '是不含任何文件的文件夹',
    en: () => 'a folder that holds no file',
  }),
  usage: phrase_<{ usage: string }>({
    zh: (p) => `用法：${p.usage}`,
    en: (p) => `usage: ${p.usage}`,
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
