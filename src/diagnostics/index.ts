// The language messages are shown in, and the one function that turns a code and its parameters
// into words. Chinese unless GONGBAO_LANG=en (read and validated in src/config.ts, which sets it
// here) or a command's --lang says otherwise.
import { catalog, type Code, type ParamsOf } from './catalog.ts';

export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

let current: Language = 'zh';

export function setLanguage(language: Language): void {
  current = language;
}

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

export function language(): Language {
  return current;
}

/** The words of a message, in the language given or the one chosen for the process. */
export function message<C extends Code>(
  code: C,
  params: ParamsOf<C>,
  lang: Language = current,
): string {
  // Each template's parameters are checked where the code is raised (ParamsOf).
  const template = catalog[code][lang] as (p: ParamsOf<C>) => string;
  return template(params);
}

/** Words shared by every formatted message. */
export const severityWord: Record<'error' | 'warning', Record<Language, string>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
};

export { catalog, codes, type Code, type ParamsOf } from './catalog.ts';
