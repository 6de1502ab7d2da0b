// Every setting of a build, validated once: the web team's site settings (content/site.yaml:
// the site's name, address and footer) and the environment (which overrides the address for
// CI, and says where the build goes, how it is split, the language of messages).
// astro.config.mjs, the scripts and the pages read the validated object, never process.env,
// so a setting has one default and one meaning everywhere (like Starlight's user config).
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { type Code, languages, message, setLanguage } from './diagnostics/index.ts';
import { phrase } from './diagnostics/phrases.ts';
import { makeDate } from './parser/date.ts';
import { GazetteError } from './parser/diagnostics.ts';
import { readYaml, validateYaml } from './settings/yaml.ts';
import { chinaDay } from './utils/validity.ts';
import { within } from './utils/within.ts';

/** The web team's settings of the site, beside the gazettes. */
export const SITE_FILE = 'content/site.yaml';

/** A base path as Astro and every link helper expect it: `/` or `/a/b/`, with both slashes. */
export function normaliseBasePath(value: string): string {
  const inner = value.trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

const basePath = z
  .string()
  .transform(normaliseBasePath)
  .refine((b) => /^\/([A-Za-z0-9._~-]+\/)*$/.test(b), 'base-path-form')
  // A browser resolves /a/../b/ to /b/: every link would point elsewhere than the pages are.
  .refine((b) => !b.split('/').some((s) => s === '.' || s === '..'), 'base-path-dot-segment');

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

type OutDirProblem =
  | { code: 'out-dir-holds-project' | 'out-dir-holds-cache'; params: Record<string, never> }
  | { code: 'out-dir-holds-source' | 'out-dir-inside-source'; params: { name: string } }
  | { code: 'out-dir-mount-point'; params: { suggestion: string } };

/**
 * Why OUT_DIR would endanger the project at `root`, or null. The project is the working folder
 * the scripts run in (npm's), not this module's folder: Astro bundles this module into the
 * output when it renders.
 */
export function outDirDanger(outDir: string, root = process.cwd()): OutDirProblem | null {
  const out = realPath(resolve(root, outDir));
  const project = realPath(root);
  if (within(project, out)) return { code: 'out-dir-holds-project', params: {} };
  const cache = realPath(join(project, '.cache'));
  if (within(cache, out)) return { code: 'out-dir-holds-cache', params: {} };
  for (const name of PROJECT_SOURCES) {
    const source = realPath(join(project, name));
    if (within(source, out)) return { code: 'out-dir-holds-source', params: { name } };
    if (within(out, source)) return { code: 'out-dir-inside-source', params: { name } };
  }
  // The build puts the new site in OUT_DIR's place by renaming it, which a mount point (a disk
  // or tmpfs mounted right there) refuses.
  const own = statSync(out, { throwIfNoEntry: false });
  return own?.isDirectory() && own.dev !== statSync(dirname(out)).dev
    ? { code: 'out-dir-mount-point', params: { suggestion: join(out, 'dist') } }
    : null;
}

const origin = z
  .url({ protocol: /^https?$/, error: 'url-form' })
  .transform((u) => new URL(u))
  // A sub-path is BASE_PATH's.
  .refine((u) => u.pathname === '/' && !u.search && !u.hash, 'url-form')
  .transform((u) => u.origin);

const count = z.coerce.number('whole-number').int('whole-number').positive('whole-number');

export const environmentSchema = z.object({
  /** The site's origin, for canonical URLs, feeds, the sitemap and snapshots' links to the live site. */
  SITE_URL: origin.default('https://gongbao.example.gov.cn'),
  /** The sub-path the site is served under. */
  BASE_PATH: basePath.default('/'),
  /** Where the build goes. */
  OUT_DIR: z
    .string()
    .trim()
    .min(1, 'value-empty')
    .superRefine((dir, ctx) => {
      const danger = outDirDanger(dir);
      if (danger) ctx.addIssue({ code: 'custom', message: danger.code, params: danger.params });
    })
    .default('dist'),
  /**
   * The most documents a shard holds (scripts/lib/shards.ts). Memory grows with the shard;
   * each shard costs a full build one more Astro run. Publishing an issue makes its shard
   * again, but the site run and the checks of the other shards weigh as much: at 10,000
   * documents, 1000 made the full build 12 runs instead of 9 and the publish no shorter.
   */
  SHARD_DOCUMENTS: count.default(1250),
  /**
   * The most documents a page of an issuing body's or a 文种's list shows; a longer list goes
   * on over pages (…/2/, …/3/). At 100 a page weighs about 40 kB; a whole list of a large
   * archive's 通知 would be megabytes, too much for a phone on a weak connection.
   */
  LIST_PAGE_SIZE: count.default(100),
  /** Seconds since 1970 stamped on snapshot entries and in bag-info (reproducible builds), or unset. */
  SOURCE_DATE_EPOCH: z.coerce
    .number('epoch-range')
    .int('epoch-range')
    // Zip entry times cover 1980 to 2107.
    .min(315532800, 'epoch-range')
    .max(4354819199, 'epoch-range')
    .optional(),
  /**
   * The build's day, YYYY-MM-DD, in China's time; unset, SOURCE_DATE_EPOCH's day, else today's
   * (buildDay). It decides 失效 for a document whose stated 有效期 has ended (src/utils/validity.ts)
   * and is the 发布日期 of an issue published for the first time (scripts/lib/published-online.ts).
   * It is in no code key: what it decides is, in the keys of the outputs it reaches.
   */
  BUILD_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date-form')
    .refine((s) => makeDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)).iso !== null, {
      message: 'date-nonexistent',
    })
    .optional(),
  /** Debian's Chromium, for the browser tests, bench:search and Lighthouse. */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Astro's own log level in the build's Astro runs. */
  ASTRO_LOG: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('error'),
  /** The language of every message an editor reads: zh (the default) or en. */
  GONGBAO_LANG: z.enum(languages).default('zh'),
});

// Empty footer items are not shown. Messages are catalog codes (src/diagnostics/catalog.ts).
const shown = z.string().trim().default('');
/** A footer item of a fixed form, `code` when it has another; empty is allowed (not shown). */
const formed = (pattern: RegExp, code: Code) =>
  shown.refine((value) => value === '' || pattern.test(value), code);
export const siteSettingsSchema = z.strictObject({
  /** 网站名称, shown in the header and page titles */
  name: z.string().trim().min(1, 'value-empty').default('政府公报'),
  /**
   * 网站简介: the home page's meta description. Never empty: search engines and Lighthouse's
   * SEO audit want one, and the manual promises the sample's for a setting left out.
   */
  description: z
    .string()
    .trim()
    .min(1, 'value-empty')
    .default('政府公报电子版：公报各期、文件全文、发文机关索引与全文检索。'),
  /** 网站地址: origin and sub-path, e.g. https://www.example.gov.cn/gongbao/ (SITE_URL and BASE_PATH override it) */
  url: z
    .url({ protocol: /^https?$/, error: 'url-form' })
    .transform((u) => new URL(u))
    .refine((u) => !u.search && !u.hash, 'url-form')
    .default(new URL('https://gongbao.example.gov.cn/')),
  // The items the 政府网站发展指引 asks every page's footer for (src/components/SiteFooter.astro).
  footer: z
    .strictObject({
      /** 主办单位; also the snapshots' Source-Organization */
      sponsor: shown,
      /** 承办单位 */
      organizer: shown,
      /** 联系方式 (telephone, address), as written */
      contact: shown,
      /** the 联系我们 page */
      contactPage: shown.refine(
        (value) => value === '' || /^https?:$/.test(URL.parse(value)?.protocol ?? ''),
        'link-form',
      ),
      /** 联系邮箱: a mailto link under the footer's 联系我们; the snapshots' Contact-Email */
      email: formed(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, 'email-form'),
      /** the person or office answering for the archive: the snapshots' Contact-Name */
      contactName: shown,
      /** 网站标识码: ten characters, ten digits (the region's six first) or bm and eight digits */
      siteCode: formed(/^(?:\d{10}|bm\d{8})$/, 'site-code-form'),
      /** ICP备案编号, <省份简称>ICP备<数字>号 or …号-<n>, linked to beian.miit.gov.cn */
      icp: formed(/^\p{Script=Han}ICP备\d+号(?:-\d+)?$/u, 'icp-form'),
      /** 公安机关备案号, <省份简称>公网安备<14 digits>号, linked to beian.mps.gov.cn */
      police: formed(/^\p{Script=Han}公网安备 ?\d{14}号$/u, 'police-form'),
      /** 党政机关网站标识: the id of the site's certificate at bszs.conac.cn (32 hexadecimal digits) */
      conac: formed(/^[0-9A-F]{32}$/i, 'conac-form'),
      /** 页脚链接 */
      links: z
        .array(
          z.strictObject({
            title: z.string().trim().min(1, 'value-empty'),
            url: z.url({ protocol: /^https?$/, error: 'link-form' }),
          }),
        )
        .default([]),
    })
    .prefault({}),
});

export type SiteSettings = Omit<z.output<typeof siteSettingsSchema>, 'url'>;

export type Config = z.infer<typeof environmentSchema> & { site: SiteSettings };

/** A wrong setting: its catalog code and parameters, and its place when it is in site.yaml. */
export interface ConfigProblem {
  code: Code;
  params: unknown;
  file?: string;
  line?: number;
}

export class ConfigError extends Error {
  readonly problems: ConfigProblem[];
  constructor(message: string, problems: ConfigProblem[]) {
    super(message);
    this.problems = problems;
  }
  /** the catalog code of each problem, in order */
  get codes(): Code[] {
    return this.problems.map((p) => p.code);
  }
}

/** The web team's site settings as written: content/site.yaml, when there is one. */
export function readSiteFile(file = SITE_FILE): { file: string; text: string } | undefined {
  return existsSync(file) ? { file, text: readFileSync(file, 'utf8') } : undefined;
}

/**
 * The validated settings, or a ConfigError naming every setting that is wrong and why (a bad
 * site.yaml: its file, line and column). The environment's SITE_URL and BASE_PATH override
 * the address site.yaml gives.
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  siteFile: { file: string; text: string } | undefined = readSiteFile(),
): Config {
  // An empty variable means unset, as in a shell's `BASE_PATH= npm run build`.
  const given = Object.fromEntries(
    Object.entries(env).filter(
      ([k, v]) => k in environmentSchema.shape && v !== undefined && v !== '',
    ),
  );
  // The language first, so that every other message is in it.
  const lang = environmentSchema.shape.GONGBAO_LANG.safeParse(given.GONGBAO_LANG);
  if (lang.success) setLanguage(lang.data);
  let site: z.output<typeof siteSettingsSchema> | undefined;
  const problems: string[] = [];
  const found: ConfigProblem[] = [];
  try {
    site = siteFile
      ? validateYaml(readYaml(siteFile.file, siteFile.text), siteSettingsSchema)
      : siteSettingsSchema.parse({});
  } catch (error) {
    if (!(error instanceof GazetteError)) throw error;
    problems.push(error.message);
    found.push({ code: error.code, params: error.params, file: error.file, line: error.line });
  }
  const address = site?.url;
  const environment = environmentSchema.safeParse({
    ...(address && { SITE_URL: address.origin, BASE_PATH: address.pathname }),
    ...given,
  });
  for (const i of environment.error?.issues ?? []) {
    const name = String(i.path[0]);
    const code: Code = i.code === 'invalid_value' ? 'not-one-of' : (i.message as Code);
    const params = {
      path: '',
      values: i.code === 'invalid_value' ? i.values.map(String) : [],
      ...(i.code === 'custom' && i.params),
    };
    found.push({ code, params });
    problems.push(
      `${name}=${JSON.stringify(given[name] ?? '')}: ${message(code, params)} [${code}]`,
    );
  }
  if (problems.length)
    throw new ConfigError(`${phrase('configuration', {})}: ${problems.join('; ')}`, found);
  const { url: _, ...settings } = site!;
  return { ...environment.data!, site: settings };
}

/**
 * The day a build of these settings sets, or null when they set none: BUILD_DATE, else the day
 * of SOURCE_DATE_EPOCH (a reproducible build's time), in China's time.
 */
export function pinnedDay(
  settings: Pick<Config, 'BUILD_DATE' | 'SOURCE_DATE_EPOCH'>,
): string | null {
  const { BUILD_DATE, SOURCE_DATE_EPOCH } = settings;
  return (
    BUILD_DATE ?? (SOURCE_DATE_EPOCH === undefined ? null : chinaDay(SOURCE_DATE_EPOCH * 1000))
  );
}

/** The build's day: the one the settings set, else today in China's time. */
export const buildDay = (
  settings: Pick<Config, 'BUILD_DATE' | 'SOURCE_DATE_EPOCH'>,
  now = Date.now(),
): string => pinnedDay(settings) ?? chinaDay(now);

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
