import { isIssuerName } from './classify.ts';

// 发文机关: full names. A gazette prints short forms (区人民政府办公室, 南明区人民政府) next to
// full ones (贵阳市南明区人民政府办公室); the gazette's region makes them one name, so that an
// issuing body has one index page.

/** Splits a region as printed in the gazette name into its upper part and its own name. */
function regionParts(region: string): { upper: string; local: string } {
  const m = /^(.+?(?:省|自治区|市|州|盟))(.+(?:区|县|旗|市))$/.exec(region);
  return m ? { upper: m[1]!, local: m[2]! } : { upper: '', local: region };
}

/** The full name of an organ of this gazette's region, as far as the region allows. */
export function fullOrganName(name: string, region: string): string {
  const { upper, local } = regionParts(region);
  const level = local.slice(-1); // 区, 县, 旗, 市
  if (name.startsWith(region)) return name;
  if (upper && name.startsWith(local)) return upper + name;
  // 区人民政府办公室 → 大武口区人民政府办公室; 区委办公室 → 大武口区委办公室
  if (name.startsWith(level) && !name.startsWith(local)) return region + name.slice(1);
  // 中共区委办公室 → 中共大武口区委办公室
  if (name.startsWith('中共' + level)) return '中共' + region + name.slice(3);
  // 政府办公室 (second of joint issuers in a title) → 银川市金凤区政府办公室
  if (/^(?:人民政府|政府|党委)/.test(name)) return region + name;
  return name;
}

const PERIOD_FIRST =
  /^\d{4}\s*年(?:\s*[\d一二三四五六七八九十]{1,2}\s*(?:[-—–~至]\s*\d{1,2}\s*)?(?:月份?|季度))?/;

/**
 * The organs that open a title (中共某区委员会 某区人民政府关于…, 区政府大事记), for documents and
 * chronicles without a signature; a meeting of an organ that adopts in its own name
 * (第十届全国人民代表大会第五次会议关于…的决议) is named as the title names it, its issuer as far
 * as the text names it. (A listing's heading names no issuer: see readItem.)
 */
export function issuersInTitle(title: string): string[] {
  // A period may come first: 2021年7-9月区政府大事记, 2021年第一季度…
  const m = /^(.+?)(?:关于|印发|转发|批转|\d{4}年|大事记)/.exec(title.replace(PERIOD_FIRST, ''));
  if (!m) return [];
  // Organs are listed with 、, a space or 及 (never split at 和: 人力资源和社会保障局 is one).
  return m[1]!.split(/[\s、]+|及/).filter(isIssuerName);
}

/**
 * The organ a 机关代字 names when it is the gazette's own government's: the first character of
 * the region's name and 府, after the first of the region above it or not (海府〔2011〕33号 in
 * 海口市's gazette: 海口市人民政府; 深龙府〔2012〕56号 in 深圳市龙岗区's: 深圳市龙岗区人民政府),
 * for a document that prints no signature and names no organ in its title; else null.
 */
export function organOfCode(docNumber: string, region: string): string | null {
  const code = /^(\p{Script=Han}{2,4})〔/u.exec(docNumber)?.[1];
  const { upper, local } = ownLevel(region);
  const initial = [...local][0];
  const above = upper ? `${[...upper][0]}?` : '';
  return code && initial && new RegExp(`^${above}${initial}府[发函字]?$`, 'u').test(code)
    ? `${region}人民政府`
    : null;
}

/** The region's own level and the one right above it (广东省深圳市龙岗区: 龙岗区 under 深圳市). */
function ownLevel(region: string): { upper: string; local: string } {
  let parts = regionParts(region);
  for (let inner = regionParts(parts.local); inner.upper; inner = regionParts(parts.local))
    parts = inner;
  return parts;
}
