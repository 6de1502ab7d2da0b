// The one order for every sorted list, the same on every machine: a bare localeCompare
// follows the build machine's locale (LC_ALL=zh_CN.UTF-8 sorts Chinese before Latin, pinyin
// first), so two builds of the same content would differ.

/** Code-point order: ids, ISO dates, years, file names. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const zh = new Intl.Collator('zh-CN');

/** Chinese text (gazettes, issuing bodies, 文种): zh-CN (pinyin) order, then code points for strings it finds equal. */
export function compareText(a: string, b: string): number {
  return zh.compare(a, b) || compareCodes(a, b);
}
