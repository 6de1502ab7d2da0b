// Every page is valid HTML to the W3C Nu HTML checker (vnu-jar, run by the machine's Java;
// .ci/run installs Debian's default-jre-headless where it is missing): both test sites and
// every snapshot unpacked, errors only. The checker starts slowly, so it runs once, over all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SITES } from '../support/sites.ts';

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Each snapshot of a site, unpacked into a folder of its own. */
function unpackedSnapshots(site: string): string {
  const out = mkdtempSync(join(tmpdir(), 'gongbao-vnu-'));
  const snapshots = join(site, 'snapshots');
  for (const zip of readdirSync(snapshots).filter((f) => f.endsWith('.zip'))) {
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(snapshots, zip))))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(out, name)), { recursive: true });
      writeFileSync(join(out, name), bytes);
    }
  }
  return out;
}

/**
 * A page with the error the document pages once had (a link inside a link), in a folder of
 * its own: the checker must find it, so that a run that read nothing cannot pass.
 */
function canary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-vnu-canary-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(
    join(dir, 'nested', 'index.html'),
    '<!DOCTYPE html><html lang="zh-CN"><head><title>链接</title></head>' +
      '<body><a href="/a/">目录<a href="/b/">文件</a></a></body></html>',
  );
  return dir;
}

describe('the W3C Nu HTML checker', () => {
  it('finds no error in any page of the sites or of their snapshots', () => {
    const check = canary();
    const snapshots = Object.values(SITES).map(({ dir }) => unpackedSnapshots(dir));
    onTestFinished(() => {
      for (const dir of [check, ...snapshots]) rmSync(dir, { recursive: true, force: true });
    });
    const folders = [...Object.values(SITES).map(({ dir }) => dir), ...snapshots];
    const checked = spawnSync(
      'java',
      ['-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', check, ...folders],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(checked.error).toBeUndefined();
    const { messages } = JSON.parse(checked.stderr) as { messages: VnuMessage[] };
    const errors = messages.map((m) => `${m.url}:${m.lastLine ?? ''}: ${m.message}`);
    expect(errors.filter((e) => e.includes(check))).not.toEqual([]);
    expect(errors.filter((e) => !e.includes(check))).toEqual([]);
  }, 600_000);
});
