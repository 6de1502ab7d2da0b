// content/site.yaml is an input of every cached build output: a changed footer item or address
// makes the pages again (scripts/build/keys.ts, codeHash), a changed comment does not.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';

describe('content/site.yaml and the build cache', () => {
  const dir = projectCopy('gongbao-site-');
  cpSync('content/site.yaml', join(dir, 'content/site.yaml'));
  const site = readFileSync('content/site.yaml', 'utf8');
  const codeHash = (text: string) => {
    writeFileSync(join(dir, 'content/site.yaml'), text);
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "console.log((await import('./scripts/build/keys.ts')).codeHash('pages'))",
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, SITE_URL: '', BASE_PATH: '' } },
    );
    expect(run.stderr).toBe('');
    return run.stdout.trim();
  };

  it('changes the inputs’ hash with a setting, not with a comment', () => {
    const before = codeHash(site);
    expect(codeHash(`# 注释\n${site}`)).toBe(before);
    expect(codeHash(site.replace('icp: ""', 'icp: 蒙ICP备00000000号'))).not.toBe(before);
    expect(
      codeHash(
        `${site}\n`.replace(
          'url: https://gongbao.example.gov.cn/',
          'url: https://gongbao.example.gov.cn/gongbao/',
        ),
      ),
    ).not.toBe(before);
  });
});
