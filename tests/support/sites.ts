// The sample site built twice for the tests: at the root and under a sub-path.
export const SITES = {
  root: { dir: '.cache/test-sites/root', base: '/', searchShard: 2500 },
  // Under a sub-path, with the search index in two shards that the search page merges.
  sub: { dir: '.cache/test-sites/gongbao', base: '/gongbao/', searchShard: 20 },
} as const;

export const SITE_URL = 'https://gongbao.example.gov.cn';
