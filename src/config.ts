// Every setting of a build, validated once: the environment (where the site is served, where
// the build goes, how it is split) and the web team's site settings (src/site.config.ts).
// astro.config.mjs, the scripts and the pages read the validated object, never process.env,
// so a setting has one default and one meaning everywhere (like Starlight's user config).
import { z } from 'zod';
import { site as siteSettings } from './site.config.ts';

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
    'a path of letters, digits, ".", "_", "~" and "-" segments, like /gongbao/',
  );

const origin = z
  .url({ protocol: /^https?$/, error: 'an http(s) URL such as https://gongbao.example.gov.cn' })
  .transform((u) => new URL(u))
  .refine(
    (u) => u.pathname === '/' && !u.search && !u.hash,
    'the origin only (set a sub-path with BASE_PATH)',
  )
  .transform((u) => u.origin);

const count = (what: string) =>
  z.coerce
    .number({ error: `a whole number of ${what}` })
    .int(`a whole number of ${what}`)
    .positive(`at least 1 ${what.replace(/s$/, '')}`);

export const environmentSchema = z.object({
  /** The site's origin, for canonical URLs, feeds, the sitemap and snapshots' links to the live site. */
  SITE_URL: origin.default('https://gongbao.example.gov.cn'),
  /** The sub-path the site is served under. */
  BASE_PATH: basePath.default('/'),
  /** Where the build goes. */
  OUT_DIR: z.string().trim().min(1, 'a folder').default('dist'),
  /**
   * The most documents a shard holds (scripts/lib/shards.ts). Memory grows with the shard;
   * each shard costs a full build one more Astro run. Publishing an issue makes its shard
   * again, but the site run and the checks of the other shards weigh as much: at 10,000
   * documents, 1000 made the full build 12 runs instead of 9 and the publish no shorter.
   */
  SHARD_DOCUMENTS: count('documents').default(1250),
  /**
   * The most documents a page of an issuing body's or a 文种's list shows; a longer list goes
   * on over pages (…/2/, …/3/). At 100 a page weighs about 40 kB; a whole list of a large
   * archive's 通知 would be megabytes, too much for a phone on a weak connection.
   */
  LIST_PAGE_SIZE: count('documents').default(100),
  /** Seconds since 1970 stamped on snapshot entries and in bag-info (reproducible builds), or unset. */
  SOURCE_DATE_EPOCH: z.coerce
    .number({ error: 'seconds since 1970-01-01' })
    .int('whole seconds since 1970-01-01')
    // Zip entry times cover 1980 to 2107.
    .min(315532800, 'a time from 1980-01-01 on (zip entry times start there)')
    .max(4354819199, 'a time before 2108 (zip entry times end there)')
    .optional(),
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
      (i) => `${i.path.join('.')}=${JSON.stringify(given[String(i.path[0])] ?? '')}: ${i.message}`,
    ),
    ...(site.error?.issues ?? []).map(
      (i) => `src/site.config.ts: ${['site', ...i.path].join('.')}: ${i.message}`,
    ),
  ];
  if (problems.length) throw new ConfigError(`configuration: ${problems.join('; ')}`);
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
