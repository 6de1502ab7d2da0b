// The sample site built twice for the tests: at the root and under a sub-path.
export const SITES = {
  root: {
    dir: '.cache/test-sites/root',
    base: '/',
    basePathSetting: '',
    shardDocuments: 2500,
    listPageSize: 100,
  },
  // Under a sub-path, built in two shards (two Astro runs for the documents, two search indexes
  // that the search page merges), and with lists short enough to go on over pages. BASE_PATH
  // is given without its trailing slash, as Astro accepts it: the snapshot tests then check
  // that every step reads it normalised.
  sub: {
    dir: '.cache/test-sites/gongbao',
    base: '/gongbao/',
    basePathSetting: '/gongbao',
    shardDocuments: 20,
    listPageSize: 4,
  },
} as const;

export const SITE_URL = 'https://gongbao.example.gov.cn';
