// npm run verify against zips made to pass it: names that an unzip tool writes elsewhere or
// over another file, links, files no manifest lists, and entries that inflate to far more than
// their zip. Each is a bag whose manifests an attacker recomputed, so only the names and the
// zip's own structure can give it away.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { type Zippable, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPath, verifySnapshot } from '../../scripts/verify.ts';
import { setLanguage } from '../../src/diagnostics/index.ts';
import { type Files, makeBag } from '../../src/snapshot/bagit.ts';
import { bytesSource } from '../../src/snapshot/zip.ts';

// The problems' English words (GONGBAO_LANG=en), as an archivist abroad reads them.
setLanguage('en');

const utf8 = (s: string) => new TextEncoder().encode(s);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const ROOT = 'x-2020-1';
const PAGES: Array<[string, Uint8Array]> = [
  ['index.html', utf8('<h1>公报</h1>')],
  ['source.txt', utf8('原文\n')],
];

/** A zip of a bag of these payload files (paths under data/), each name as given, all listed. */
function zipOf(payload: Array<[string, Uint8Array]>, zipped: (files: Files) => Zippable = plain) {
  return Buffer.from(zipSync(zipped(makeBag(new Map(payload), []))));
}
const plain = (files: Files): Zippable =>
  Object.fromEntries([...files].map(([name, bytes]) => [`${ROOT}/${name}`, bytes]));
const verify = async (zip: Uint8Array) => (await verifySnapshot(bytesSource(zip))).problems;

describe('verify rejects every entry that is not one of the bag’s own files, naming it', () => {
  it('passes the bag the crafted ones start from', async () => {
    expect(await verify(zipOf(PAGES))).toEqual([]);
  });

  it('a name with “..”, an absolute name, a backslash', async () => {
    expect(await verify(zipOf([...PAGES, ['../../escape.html', utf8('x')]]))).toEqual([
      `zip: ${ROOT}/data/../../escape.html: has a “..” segment, which leads out of its folder`,
    ]);
    // Every name absolute: without the check, the bag's folder is the empty name before the /.
    const absolute = await verify(
      zipOf(PAGES, (files) =>
        Object.fromEntries([...files].map(([name, bytes]) => [`/${name}`, bytes])),
      ),
    );
    expect(absolute[0]).toBe('zip: /data/index.html: is an absolute path');
    expect(await verify(zipOf([...PAGES, ['a\\index.html', utf8('x')]]))).toEqual([
      `zip: ${ROOT}/data/a\\index.html: has a backslash, which some unzip tools take for a folder`,
    ]);
  });

  it('a symbolic link', async () => {
    const link = zipOf([...PAGES, ['link.html', utf8('/etc/passwd')]], (files) => ({
      ...plain(files),
      [`${ROOT}/data/link.html`]: [files.get('data/link.html')!, { os: 3, attrs: 0o120777 << 16 }],
    }));
    expect(await verify(link)).toEqual([
      `zip: ${ROOT}/data/link.html: is a symbolic link or another special file (mode 120777), not a file`,
    ]);
  });

  it('a second copy of a file under another spelling: data//, data/./, another case', async () => {
    const copy = utf8('<h1>伪造</h1>');
    for (const path of ['/index.html', './index.html'])
      expect(await verify(zipOf([...PAGES, [path, copy]]))).toEqual([
        `zip: ${ROOT}/data/${path}: has an empty or “.” segment: an unzip tool writes it over the file of the plain name`,
      ]);
    expect(await verify(zipOf([...PAGES, ['INDEX.html', copy]]))).toEqual([
      `zip: ${ROOT}/data/INDEX.html: differs from ${ROOT}/data/index.html only in case or Unicode form (one file on many file systems)`,
    ]);
  });

  it('a tag manifest of its own that no manifest lists', async () => {
    const extra = zipOf(PAGES, (files) => ({
      ...plain(files),
      [`${ROOT}/tagmanifest-md5.txt`]: utf8('0123456789abcdef0123456789abcdef  bagit.txt\n'),
    }));
    expect(await verify(extra)).toEqual([
      'tagmanifest-md5.txt: added (not in tagmanifest-sha256.txt)',
    ]);
  });

  it('payload listed outside data/', async () => {
    const files = makeBag(new Map(PAGES), []);
    const manifest = new TextDecoder().decode(files.get('manifest-sha256.txt'));
    files.set(
      'manifest-sha256.txt',
      utf8(`${manifest}${sha256(files.get('bagit.txt')!)}  bagit.txt\n`),
    );
    // The tag manifest recomputed over the changed manifest.
    const tags = [...files].filter(
      ([p]) => !p.startsWith('data/') && p !== 'tagmanifest-sha256.txt',
    );
    files.set(
      'tagmanifest-sha256.txt',
      utf8(tags.map(([p, bytes]) => `${sha256(bytes)}  ${p}\n`).join('')),
    );
    expect(await verify(Buffer.from(zipSync(plain(files))))).toEqual([
      'bagit.txt: listed in manifest-sha256.txt, which lists only the payload, in data/ (RFC 8493)',
    ]);
  });
});

// Issue 24: an archive keeps the bag unpacked, and verify refused a folder (“cannot be read”).
describe('verify on an unpacked bag', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-bag-folder-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** The bag of PAGES written out as unzip writes it, in a folder of its own. */
  function unpacked(name: string): string {
    const bag = join(dir, name, ROOT);
    for (const [path, bytes] of makeBag(new Map(PAGES), [
      ['Source-Organization', '某某区人民政府办公室'],
    ])) {
      mkdirSync(dirname(join(bag, path)), { recursive: true });
      writeFileSync(join(bag, path), bytes);
    }
    return bag;
  }

  it('checks every file of it, and says how many files, bytes and checksums', async () => {
    const bag = unpacked('sound');
    const zipped = await verifySnapshot(bytesSource(zipOf(PAGES)));
    const check = await verifyPath(bag);
    const bytes = readdirSync(bag, { recursive: true, encoding: 'utf8' })
      .map((f) => statSync(join(bag, f)))
      .filter((s) => s.isFile())
      .reduce((n, s) => n + s.size, 0);
    // data/index.html, data/source.txt, bagit.txt, bag-info.txt, both manifests: each listed
    // file's checksum, all but the tag manifest's own.
    expect(check).toEqual({ problems: [], files: 6, bytes, checksums: 5 });
    expect(zipped.files).toBe(6);
  });

  it('names a file altered, added, or a link in its place', async () => {
    const bag = unpacked('tampered');
    writeFileSync(join(bag, 'data', 'index.html'), '<h1>公报！</h1>');
    writeFileSync(join(bag, 'data', 'note.txt'), 'x');
    symlinkSync('/etc/passwd', join(bag, 'data', 'passwd'));
    expect((await verifyPath(bag)).problems).toEqual([
      'data/passwd: not a plain file (a link or a device): not read',
      'data/index.html: altered (sha256 differs from manifest-sha256.txt)',
      'data/note.txt: added (not in manifest-sha256.txt)',
      'bag-info.txt: Payload-Oxum 22.2 does not match the payload (26.3)',
    ]);
  });

  it('says so of a path that is no bag, in the words of the command line', () => {
    const run = spawnSync(process.execPath, ['scripts/verify.ts', join(dir, 'none')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      `${join(dir, 'none')}: 无法读取：既不是 zip 文件，也不是文件夹，或没有读权限\n${join(dir, 'none')}：有 1 处问题\n`,
    );
    const sound = unpacked('cli');
    const english = spawnSync(process.execPath, ['scripts/verify.ts', sound, '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(english.stdout).toMatch(
      new RegExp(`^${sound}: valid \\(6 files, \\d+ bytes; 5 SHA-256 checksums verified\\)\\n$`),
    );
  });
});

describe('verify’s memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-verify-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // 256 MiB of one byte deflates to about 250 kB: entries that all use it make a zip of about
  // 1 MB that holds 1 GiB, as a snapshot of repetitive pages does at a smaller ratio.
  const BIG = 256 * 1024 * 1024;
  const zeros = Buffer.alloc(BIG, 0x20);
  const deflated = deflateRawSync(zeros, { level: 9 });
  const big = { size: BIG, crc: crc32(zeros), sha256: sha256(zeros), deflated };

  /** `npm run verify` on a zip of these entries, with its peak resident memory. */
  function verifyFile(entries: Array<[string, Uint8Array | typeof big]>) {
    const zip = join(dir, 'bag.zip');
    writeFileSync(zip, handZip(entries));
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, 'scripts/verify.ts', zip],
      { encoding: 'utf8', env: { ...process.env, GONGBAO_LANG: 'en' } },
    );
    return {
      stdout: run.stdout.replaceAll(`${zip}: `, ''),
      peakMiB: Number(run.stderr.trim().split('\n').at(-1)) / 1024,
    };
  }

  it('verifies a 1 MB zip that inflates to 1 GiB in under 200 MB', async () => {
    const payload = ['1', '2', '3', '4'].map((n) => `data/${n}.txt`);
    const manifest = utf8(payload.map((p) => `${big.sha256}  ${p}\n`).join(''));
    const bagit = utf8('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = utf8(`Payload-Oxum: ${4 * BIG}.4\n`);
    const tagManifest = utf8(
      [
        ['bag-info.txt', info],
        ['bagit.txt', bagit],
        ['manifest-sha256.txt', manifest],
      ]
        .map(([p, b]) => `${sha256(b as Uint8Array)}  ${p}\n`)
        .join(''),
    );
    const run = verifyFile([
      ...payload.map((p): [string, typeof big] => [`${ROOT}/${p}`, big]),
      [`${ROOT}/bagit.txt`, bagit],
      [`${ROOT}/bag-info.txt`, info],
      [`${ROOT}/manifest-sha256.txt`, manifest],
      [`${ROOT}/tagmanifest-sha256.txt`, tagManifest],
    ]);
    const tags = [bagit, info, manifest, tagManifest].reduce((n, b) => n + b.length, 0);
    expect(run.stdout).toBe(
      `valid (8 files, ${4 * BIG + tags} bytes; 7 SHA-256 checksums verified)\n`,
    );
    expect(run.peakMiB).toBeLessThan(200);
  }, 120_000);

  it('stops inflating an entry at the size it declares', async () => {
    const run = verifyFile([[`${ROOT}/data/index.html`, { ...big, size: 100 }]]);
    expect(run.stdout).toBe(
      `zip: ${ROOT}/data/index.html: inflates to more than the 100 bytes the central directory says (stopped there)\n1 problem\n`,
    );
    expect(run.peakMiB).toBeLessThan(200);
  }, 60_000);
});

/**
 * A zip written by hand, so that entries can share one deflated body of any size: files given
 * as bytes are stored, the others deflated as given.
 */
function handZip(
  entries: Array<[string, Uint8Array | { size: number; crc: number; deflated: Uint8Array }]>,
) {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, entry] of entries) {
    const nameBytes = Buffer.from(name);
    const [method, data, size, crc] =
      entry instanceof Uint8Array
        ? [0, entry, entry.length, crc32(entry)]
        : [8, entry.deflated, entry.size, entry.crc];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data));
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
