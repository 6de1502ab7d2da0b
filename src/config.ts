// Every setting of a build, validated once: the environment (where the site is served, where
// the build goes, how it is split) and the web team's site settings (src/site.config.ts).
// astro.config.mjs, the scripts and the pages read the validated object, never process.env,
// so a setting has one default and one meaning everywhere (like Starlight's user config).
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { site as siteSettings } from './site.config.ts';
import { within } from './utils/within.ts';

/** A base path as Astro and every link helper expect it: `/` or `/a/b/`, with both slashes. */
export function normaliseBasePath(value: string): string {
  const inner = value.trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

const basePath = z
  .string()
  .transform(normaliseBasePath)
  .refine(
    (b) => /^\/([A-Za-z0-9._~-]+\/)*$/.test(b),
    '须为由字母、数字和 . _ ~ - 组成的路径，如 /gongbao/',
  )
  // A browser resolves /a/../b/ to /b/: every link would point elsewhere than the pages are.
  .refine((b) => !b.split('/').some((s) => s === '.' || s === '..'), '不能含 . 或 .. 路径段');

/**
 * What a build must never write into, over or around: the project's sources and its cache.
 * The build empties OUT_DIR and puts the site in its place, so an OUT_DIR that holds one of
 * these (".", "..", "content") or lies inside one ("src/site") would delete or overwrite it.
 * A folder inside .cache/ is the build's own working space (its Astro runs write there).
 */
const PROJECT_SOURCES = [
  'src',
  'content',
  'scripts',
  'public',
  'tests',
  '.git',
  '.ci',
  'node_modules',
  'package.json',
  'package-lock.json',
  'astro.config.mjs',
  'tsconfig.json',
  'eslint.config.mjs',
  'vitest.config.ts',
  'README.md',
];

/** A path with its symbolic links resolved, as far as it exists. */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}

/**
 * Why OUT_DIR would endanger the project at `root`, or null. The project is the working folder
 * the scripts run in (npm's), not this module's folder: Astro bundles this module into the
 * output when it renders.
 */
export function outDirDanger(outDir: string, root = process.cwd()): string | null {
  const out = realPath(resolve(root, outDir));
  const project = realPath(root);
  if (within(project, out)) return '包含整个项目，构建会删除项目的全部文件';
  const cache = realPath(join(project, '.cache'));
  if (within(cache, out)) return '包含构建缓存 .cache，构建会删除它';
  for (const name of PROJECT_SOURCES) {
    const source = realPath(join(project, name));
    if (within(source, out)) return `包含项目源文件 ${name}，构建会删除它`;
    if (within(out, source)) return `位于项目源文件 ${name} 之内，构建会改写它`;
  }
  return null;
}

const origin = z
  .url({ protocol: /^https?$/, error: '须为 http(s) 网址，如 https://gongbao.example.gov.cn' })
  .transform((u) => new URL(u))
  .refine(
    (u) => u.pathname === '/' && !u.search && !u.hash,
    '只写协议和域名（子路径用 BASE_PATH 设置）',
  )
  .transform((u) => u.origin);

/**
 * Why OUT_DIR cannot be replaced whole, or null: the build puts the new site in its place by
 * renaming it, which a mount point (a disk or tmpfs mounted right there) refuses.
 */
function mountPoint(outDir: string): string | null {
  const out = resolve(outDir);
  const own = statSync(out, { throwIfNoEntry: false });
  return own?.isDirectory() && own.dev !== statSync(dirname(out)).dev
    ? `是一个挂载点，构建无法整体替换它；请设为其中的一个文件夹，如 ${join(out, 'dist')}`
    : null;
}

const count = (what: string) =>
  z.coerce
    .number({ error: `须为整数（${what}）` })
    .int(`须为整数（${what}）`)
    .positive('至少为 1');

export const environmentSchema = z.object({
  /** The site's origin, for canonical URLs, feeds, the sitemap and snapshots' links to the live site. */
  SITE_URL: origin.default('https://gongbao.example.gov.cn'),
  /** The sub-path the site is served under. */
  BASE_PATH: basePath.default('/'),
  /** Where the build goes. */
  OUT_DIR: z
    .string()
    .trim()
    .min(1, '须为一个文件夹')
    .superRefine((dir, ctx) => {
      const danger = outDirDanger(dir);
      const problem = danger ? `${danger}；请设为只放构建结果的文件夹，如 dist` : mountPoint(dir);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('dist'),
  /**
   * The most documents a shard holds (scripts/lib/shards.ts). Memory grows with the shard;
   * each shard costs a full build one more Astro run. Publishing an issue makes its shard
   * again, but the site run and the checks of the other shards weigh as much: at 10,000
   * documents, 1000 made the full build 12 runs instead of 9 and the publish no shorter.
   */
  SHARD_DOCUMENTS: count('文档篇数').default(1250),
  /**
   * The most documents a page of an issuing body's or a 文种's list shows; a longer list goes
   * on over pages (…/2/, …/3/). At 100 a page weighs about 40 kB; a whole list of a large
   * archive's 通知 would be megabytes, too much for a phone on a weak connection.
   */
  LIST_PAGE_SIZE: count('文档篇数').default(100),
  /** Seconds since 1970 stamped on snapshot entries and in bag-info (reproducible builds), or unset. */
  SOURCE_DATE_EPOCH: z.coerce
    .number({ error: '须为自 1970-01-01 起的秒数' })
    .int('须为自 1970-01-01 起的整秒数')
    // Zip entry times cover 1980 to 2107.
    .min(315532800, '须不早于 1980-01-01（zip 条目的时间从此开始）')
    .max(4354819199, '须早于 2108 年（zip 条目的时间到此为止）')
    .optional(),
  /** Which routes an Astro run renders (src/data/run.ts); unset renders all of them. */
  GONGBAO_RUN: z.enum(['site', 'gazettes']).optional(),
  GONGBAO_GAZETTES: z.string().default(''),
  GONGBAO_REFERENCES: z.string().optional(),
  GONGBAO_ISSUES: z.string().optional(),
  /** Debian's Chromium, for the browser tests, bench:search and Lighthouse. */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Astro's own log level in the build's Astro runs. */
  ASTRO_LOG: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('error'),
});

const text = z.string();
export const siteSettingsSchema = z.strictObject({
  /** 网站名称 */
  name: text.min(1),
  description: text,
  footer: z.strictObject({ sponsor: text, contact: text, siteCode: text, icp: text, police: text }),
});

export type Config = z.infer<typeof environmentSchema> & {
  site: z.infer<typeof siteSettingsSchema>;
};

export class ConfigError extends Error {}

/** The validated settings, or a ConfigError naming every setting that is wrong and why. */
export function parseConfig(
  env: Record<string, string | undefined>,
  settings: unknown = siteSettings,
): Config {
  // An empty variable means unset, as in a shell's `BASE_PATH= npm run build`.
  const given = Object.fromEntries(
    Object.entries(env).filter(
      ([k, v]) => k in environmentSchema.shape && v !== undefined && v !== '',
    ),
  );
  const environment = environmentSchema.safeParse(given);
  const site = siteSettingsSchema.safeParse(settings);
  const problems = [
    ...(environment.error?.issues ?? []).map(
      (i) => `${i.path.join('.')}=${JSON.stringify(given[String(i.path[0])] ?? '')}：${i.message}`,
    ),
    ...(site.error?.issues ?? []).map(
      (i) => `src/site.config.ts：${['site', ...i.path].join('.')}：${i.message}`,
    ),
  ];
  if (problems.length) throw new ConfigError(`配置错误：${problems.join('；')}`);
  return { ...environment.data!, site: site.data! };
}

function load(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // A wrong setting ends every command the same way: one line saying what to fix.
    console.error(error.message);
    process.exit(1);
  }
}

export const config: Config = load();
