// A file's hash is remembered between builds by its inode, size and mtime (scripts/build/
// file-hashes.ts): an unchanged file is not read again, a changed one always is, and a file
// hashed within a clock tick of its last write is read again next time, or later in the same
// build once it is older (settled), by the build or by a process of it.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  renameSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../scripts/build/keys.ts';

const MODULE = pathToFileURL(resolve('scripts/build/file-hashes.ts')).href;

/** fileHash of `file` in a build of its own in `dir` (a process: the memo is read once a process), then saved. */
function hashInBuild(dir: string, file: string): string {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { fileHash, saveFileHashes } from ${JSON.stringify(MODULE)};
       process.stdout.write(fileHash(${JSON.stringify(file)}));
       saveFileHashes();`,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/**
 * A build in `dir` that runs `before`, then a process of its own (`child`'s code), which hands
 * its hashes over on its channel; the build takes them in and, once the process has ended,
 * runs `after` and saves. What the build printed.
 */
function buildWithProcess(
  dir: string,
  { before = '', child, after }: { before?: string; child: string; after: string },
): string {
  const code = `import { utimesSync, writeFileSync } from 'node:fs';
     import { fileHash, usedHashes } from ${JSON.stringify(MODULE)};
     ${child}
     process.send(usedHashes(), () => process.disconnect());`;
  const build = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { fork } from 'node:child_process';
       import { linkSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
       import { adoptHashes, fileHash, saveFileHashes, settleHashes } from ${JSON.stringify(MODULE)};
       const later = () => new Promise((settled) => setTimeout(settled, 500));
       ${before}
       const child = fork('--input-type=module', [], { execArgv: ['-e', ${JSON.stringify(code)}] });
       child.on('message', adoptHashes);
       child.on('exit', async () => {
         ${after}
         saveFileHashes();
       });`,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);
  return build.stdout;
}

/** Writes `text` into `file` and sets its mtime back to `mtime`: a write the mtime does not show. */
function rewriteKeepingTime(file: string, text: string, mtime: Date): void {
  writeFileSync(file, text);
  utimesSync(file, mtime, mtime);
}

/**
 * An input and a page, unchanged for an hour, and a build before that hashed the page and
 * saved: what the next build and the commands between builds start from.
 */
function afterABuild() {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-hashes-'));
  const hourAgo = new Date(Date.now() - 3_600_000);
  const [input, page] = [join(dir, 'issue.txt'), join(dir, 'page.html')];
  rewriteKeepingTime(input, '公报', hourAgo);
  rewriteKeepingTime(page, '<p>页</p>', hourAgo);
  hashInBuild(dir, page);
  return { dir, hourAgo, input, page };
}

/** The hashes saved in `dir`'s memo, by file. */
function savedHashes(dir: string): Map<string, string | undefined> {
  const saved = JSON.parse(readFileSync(join(dir, '.cache', 'file-hashes.json'), 'utf8')) as Record<
    string,
    { hash: string }
  >;
  const id = (file: string) => {
    const stats = statSync(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  };
  return new Map(
    readdirSync(dir)
      .filter((f) => f !== '.cache')
      .map((f) => [f, saved[id(join(dir, f))]?.hash]),
  );
}

describe('file hashes', () => {
  it('is the SHA-256 of the content, and of the new content once a file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-hashes-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, '<p>第一版</p>');
    expect(hashInBuild(dir, file)).toBe(sha256(readFileSync(file)));
    writeFileSync(file, '<p>第二版，更长</p>');
    expect(hashInBuild(dir, file)).toBe(sha256(readFileSync(file)));
    // Another file with the same size: the memo is by inode, not by path.
    writeFileSync(`${file}.new`, '<p>第三版，更长</p>');
    renameSync(`${file}.new`, file);
    expect(hashInBuild(dir, file)).toBe(sha256('<p>第三版，更长</p>'));
    expect(() => hashInBuild(dir, join(dir, 'missing.html'))).toThrow();
  });

  it('does not read again a file unchanged since it was hashed, long after its last write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-hashes-'));
    const file = join(dir, 'page.html');
    const hourAgo = new Date(Date.now() - 3_600_000);
    rewriteKeepingTime(file, 'first', hourAgo);
    const first = hashInBuild(dir, file);
    expect(existsSync(join(dir, '.cache', 'file-hashes.json'))).toBe(true);
    // Same inode, size and mtime: the remembered hash, the file not read.
    rewriteKeepingTime(file, 'other', hourAgo);
    expect(hashInBuild(dir, file)).toBe(first);
  });

  it('reads again a file hashed within two seconds of its last write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-hashes-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, 'first');
    const written = statSync(file).mtime;
    expect(hashInBuild(dir, file)).toBe(sha256('first'));
    // A second write in the same clock tick would leave the mtime as it was.
    rewriteKeepingTime(file, 'again', written);
    expect(hashInBuild(dir, file)).toBe(sha256('again'));
  });

  it('remembers a file hashed too soon once it is settled: read again then, as it is then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-hashes-'));
    const [page, young] = [join(dir, 'page.html'), join(dir, 'young.html')];
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { utimesSync, writeFileSync, statSync } from 'node:fs';
         import { fileHash, saveFileHashes, settleHashes } from ${JSON.stringify(MODULE)};
         const [page, young] = ${JSON.stringify([page, young])};
         // Written 1.7 s before it is hashed: too soon; old enough 0.5 s later.
         writeFileSync(page, 'first');
         const soon = new Date(Date.now() - 1_700);
         utimesSync(page, soon, soon);
         writeFileSync(young, 'young');
         fileHash(page);
         fileHash(young);
         // A write in the clock tick of the first, after it was read: the mtime stays.
         const { mtime } = statSync(page);
         writeFileSync(page, 'again');
         utimesSync(page, mtime, mtime);
         await new Promise((later) => setTimeout(later, 500));
         settleHashes();
         saveFileHashes();`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    // The page as it is now; the file written just now is not remembered yet.
    expect(savedHashes(dir)).toEqual(
      new Map([
        ['page.html', sha256('again')],
        ['young.html', undefined],
      ]),
    );
  });

  it('settles, with its own, the files a process of the build hashed too soon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-hashes-'));
    const zip = join(dir, 'issue.zip');
    // A snapshot process makes a zip and hashes it at once, then hands its hashes over.
    buildWithProcess(dir, {
      child: `const zip = ${JSON.stringify(zip)};
        writeFileSync(zip, 'zip');
        const soon = new Date(Date.now() - 1_700);
        utimesSync(zip, soon, soon);
        fileHash(zip);`,
      after: 'await later(); settleHashes();',
    });
    expect(savedHashes(dir)).toEqual(new Map([['issue.zip', sha256('zip')]]));
  });

  it('settles a file where the build hashed it, when a process read it through a link that is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-hashes-'));
    const [page, staged] = [join(dir, 'page.html'), join(dir, 'staged.html')];
    // The build keeps a page (its cache entry) and hashes it at once; a snapshot process reads
    // it through a link in the staging folder, which is moved before the build settles.
    buildWithProcess(dir, {
      before: `const [page, staged] = ${JSON.stringify([page, staged])};
        writeFileSync(page, '<p>页</p>');
        const soon = new Date(Date.now() - 1_700);
        utimesSync(page, soon, soon);
        fileHash(page);
        linkSync(page, staged);`,
      child: `fileHash(${JSON.stringify(staged)});`,
      after: 'rmSync(staged); await later(); settleHashes();',
    });
    expect(savedHashes(dir)).toEqual(new Map([['page.html', sha256('<p>页</p>')]]));
  });

  it('ignores a damaged memo', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-hashes-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, 'text');
    hashInBuild(dir, file);
    writeFileSync(join(dir, '.cache', 'file-hashes.json'), '{"1:2": {"size": 3}, "x": null');
    expect(hashInBuild(dir, file)).toBe(sha256('text'));
  });

  it('keeps, when a command run between builds saves its hashes, those the build saved', () => {
    const { dir, input } = afterABuild();
    // npm run convert: hashes the input only.
    const convert = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { fileHash, saveFileHashes } from ${JSON.stringify(MODULE)};
         fileHash(${JSON.stringify(input)});
         saveFileHashes({ keepOthers: true });`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(convert.status, convert.stderr).toBe(0);
    expect(savedHashes(dir)).toEqual(
      new Map([
        ['issue.txt', sha256('公报')],
        ['page.html', sha256('<p>页</p>')],
      ]),
    );
  });

  it('keeps what the build before remembered, and what its convert process used, when the build saves its hashes', () => {
    const { dir, hourAgo, input, page } = afterABuild();
    // Changed since, keeping its size and mtime: read again, it would give another hash.
    rewriteKeepingTime(page, '<p>夜</p>', hourAgo);
    // This build runs convert, which hashes the input and hands its hashes over on its
    // channel, takes them in, then looks at the page, and saves.
    const printed = buildWithProcess(dir, {
      child: `fileHash(${JSON.stringify(input)});`,
      after: `process.stdout.write(fileHash(${JSON.stringify(page)}));`,
    });
    // The page is known as the build before hashed it: not read again.
    expect(printed).toBe(sha256('<p>页</p>'));
    expect(savedHashes(dir)).toEqual(
      new Map([
        ['issue.txt', sha256('公报')],
        ['page.html', sha256('<p>页</p>')],
      ]),
    );
  });
});
