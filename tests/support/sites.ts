// The sample site built twice for the tests: at the root and under a sub-path.
export const SITES = {
  root: { dir: '.cache/test-sites/root', base: '/' },
  sub: { dir: '.cache/test-sites/gongbao', base: '/gongbao/' },
} as const;

export const SITE_URL = 'https://gongbao.example.gov.cn';
