// What a snapshot of an issue holds (npm run snapshot): its pages relinked to open from disk,
// the stylesheets they link, its data and source text, an offline search page, and the bag's
// tags. A pure function of the built pages it is given to read, so it is tested without a build.
import type { DocumentMeta, Issue } from '../schema.ts';
import { formatDate, issueLabel } from '../utils/format.ts';
import { paths, printedName } from '../utils/url.ts';
import { makeBag, type Files } from './bagit.ts';
import { offlineSearchPage } from './offlineSearch.ts';
import { relinkPage } from './relink.ts';

export interface SnapshotSettings {
  /** The site's origin and base path, for links to the live site. */
  siteUrl: string;
  base: string;
  /** Bag-Software-Agent: Gongbao and its version. */
  generator: string;
  /** SOURCE_DATE_EPOCH, when it is set. */
  epoch: number | undefined;
  /** Source-Organization: the site's 主办单位, or empty. */
  organization: string;
  /** Whether the issue has a printed PDF in the site (paths.printed). */
  printed?: boolean;
  /** Contact-Name and Contact-Email: who answers for the archive (site.yaml), or empty. */
  contactName: string;
  contactEmail: string;
}

/**
 * The payload and tags of an issue's bag. `read` gives a built file by its site path
 * (`nanming/2020/4/index.html`); `texts` each document's plain text by id.
 */
export function snapshotContents(
  issue: Issue,
  documents: DocumentMeta[],
  read: (sitePath: string) => Uint8Array,
  texts: Map<string, string>,
  {
    siteUrl,
    base,
    generator,
    epoch,
    organization,
    contactName,
    contactEmail,
    printed = false,
  }: SnapshotSettings,
): Files {
  const label = `${issue.gazette} ${issueLabel(issue)}`;
  const bagging = baggingDate(issue, epoch);
  const days = [
    ...(issue.published ? [`${formatDate(issue.published)}出版`] : []),
    ...(bagging && bagging !== issue.published ? [`${formatDate(bagging)}存档`] : []),
  ];
  const online = (sitePath: string) => new URL(base + sitePath, siteUrl).href;
  const issueOnline = online(`${issue.id}/`);
  const pages = new Map<string, string>([[`${issue.id}/`, 'index.html']]);
  for (const d of documents) pages.set(`${d.id}/`, `${d.order}/index.html`);
  const files = new Map<string, string>([
    [`${issue.id}/issue.json`, 'issue.json'],
    [`${issue.id}/source.txt`, 'source.txt'],
    ...(printed ? [[paths.printed(issue.id), printedName(issue.id)] as [string, string]] : []),
    ['search/', 'search.html'],
    ['favicon.svg', 'favicon.svg'],
    ...documents.map(
      (d) => [`${d.id}/document.json`, `${d.order}/document.json`] as [string, string],
    ),
  ]);
  const payload: Files = new Map();
  // The stylesheets the pages link to come along, at the same paths (found while relinking).
  const stylesheets = new Set<string>();
  const fileFor = (sitePath: string) => {
    const file = pages.get(sitePath) ?? files.get(sitePath);
    if (file !== undefined) return file;
    if (!/^_astro\/[^/]+\.css$/.test(sitePath)) return null;
    stylesheets.add(sitePath);
    return sitePath;
  };

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  for (const [sitePath, file] of pages) {
    payload.set(
      file,
      encoder.encode(
        relinkPage(decoder.decode(read(`${sitePath}index.html`)), sitePath, file, {
          siteUrl,
          base,
          fileFor,
          home: 'index.html',
          archived: {
            // A bag dated by its issue's 出版日期 says that date once. The gazette and issue are
            // left to the breadcrumbs below it: with them the banner took three lines of a
            // phone at 特大 and pushed the document's title off the first screen.
            note: `存档副本${days.length > 0 ? `（${days.join('，')}）` : ''}。`,
            online: online(sitePath),
          },
        }),
      ),
    );
  }
  for (const css of stylesheets) files.set(css, css);
  for (const [sitePath, file] of files)
    if (file !== 'search.html') payload.set(file, read(sitePath));
  payload.set(
    'search.html',
    encoder.encode(
      offlineSearchPage(
        label,
        [...stylesheets].sort(),
        documents.map((d) => ({
          title: d.title,
          href: `${d.order}/index.html`,
          text: texts.get(d.id) ?? '',
        })),
      ),
    ),
  );
  return makeBag(
    payload,
    [
      ...(organization ? [['Source-Organization', organization] as [string, string]] : []),
      ...(contactName ? [['Contact-Name', contactName] as [string, string]] : []),
      ...(contactEmail ? [['Contact-Email', contactEmail] as [string, string]] : []),
      ['Bag-Software-Agent', generator],
      ...(bagging ? [['Bagging-Date', bagging] as [string, string]] : []),
      ['External-Identifier', issue.id],
      ['External-Description', `${issue.gazette} ${issueLabel(issue)}`],
      ['Gazette', issue.gazette],
      ['Issue-Year', String(issue.year)],
      ['Issue-Number', String(issue.number)],
      ...(issue.totalNumber
        ? [['Issue-Total-Number', String(issue.totalNumber)] as [string, string]]
        : []),
      ...(issue.published ? [['Published', issue.published] as [string, string]] : []),
      ['Documents', String(documents.length)],
      ['Source-File', 'data/source.txt'],
      ['Source-SHA256', issue.source.sha256],
      ...(printed ? [['Printed-File', `data/${printedName(issue.id)}`] as [string, string]] : []),
      ['Online-URL', issueOnline],
    ],
    new Map([
      [
        'README.txt',
        new TextEncoder().encode(
          readme(label, issueOnline, printed ? printedName(issue.id) : null),
        ),
      ],
    ]),
  );
}

/**
 * The issue's Bagging-Date, never the clock's (a rebuild gives the same bag): the day of
 * SOURCE_DATE_EPOCH, the build's own moment, when it is set; else the issue's 出版日期, the day
 * its content was complete to be packaged; else none.
 */
export function baggingDate(
  issue: Pick<Issue, 'published'>,
  epoch: number | undefined,
): string | null {
  return epoch === undefined ? issue.published : new Date(epoch * 1000).toISOString().slice(0, 10);
}

/** The bag's README.txt: what it is and how to open it, for whoever unpacks it, in Chinese and English. */
function readme(label: string, online: string, printed: string | null): string {
  return [
    `${label} 存档包`,
    '',
    '本存档包是该期公报网页的存档副本，按 BagIt（RFC 8493）格式封装。',
    '阅读：用浏览器打开 data/index.html（无需联网，无需服务器）。',
    '在本期中查找：打开 data/search.html。',
    '原始文本：data/source.txt，与发布时逐字节一致（SHA-256 见 bag-info.txt 的 Source-SHA256）。',
    '数据：data/issue.json，及每篇文件目录下的 document.json。',
    ...(printed ? [`印刷版：data/${printed}（PDF）。`] : []),
    '校验：任何 BagIt 校验工具均可核对 manifest-sha256.txt 所列的每个文件。',
    `在线版本：${online}`,
    '',
    `An archived copy of ${online}, as a BagIt bag: open data/index.html in a browser.`,
    '',
  ].join('\n');
}
