import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifySnapshot as verifyZip } from '../../scripts/verify.ts';
import { setLanguage } from '../../src/diagnostics/index.ts';
import { type Files, makeBag } from '../../src/snapshot/bagit.ts';
import { bytesSource } from '../../src/snapshot/zip.ts';
import { verifyBag } from '../support/bag.ts';

// The problems' English words (GONGBAO_LANG=en); Chinese, the default, in the test that says so.
beforeEach(() => setLanguage('en'));
afterEach(() => setLanguage('zh'));

const utf8 = (s: string) => new TextEncoder().encode(s);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const verifySnapshot = async (zip: Uint8Array) => (await verifyZip(bytesSource(zip))).problems;
const bag = () =>
  makeBag(
    new Map([
      ['index.html', utf8('<h1>公报</h1>')],
      ['1/index.html', utf8('<h1>通知</h1>')],
      ['source.txt', utf8('原文')],
    ]),
    [['External-Identifier', 'x/2020/1']],
  );

describe('BagIt', () => {
  it('makes a valid bag with manifests, Payload-Oxum and a tag manifest', async () => {
    const files = bag();
    expect([...files.keys()].sort()).toEqual([
      'bag-info.txt',
      'bagit.txt',
      'data/1/index.html',
      'data/index.html',
      'data/source.txt',
      'manifest-sha256.txt',
      'tagmanifest-sha256.txt',
    ]);
    expect(new TextDecoder().decode(files.get('bag-info.txt'))).toBe(
      `External-Identifier: x/2020/1\nPayload-Oxum: ${utf8('<h1>公报</h1><h1>通知</h1>原文').length}.3\n`,
    );
    expect(verifyBag(files)).toEqual([]);
  });

  it('names a payload file one byte of which changed', async () => {
    const files = bag();
    const altered = new Uint8Array(files.get('data/source.txt')!);
    altered[0]! ^= 1;
    files.set('data/source.txt', altered);
    expect(verifyBag(files)).toEqual([
      'data/source.txt: altered (sha256 differs from manifest-sha256.txt)',
    ]);
  });

  it('names it in Chinese by default', () => {
    setLanguage('zh');
    const files = bag();
    files.delete('data/1/index.html');
    expect(verifyBag(files)).toEqual([
      'data/1/index.html: 缺失（列在 manifest-sha256.txt 中）',
      expect.stringMatching(/^bag-info.txt: Payload-Oxum .* 与内容文件不符/),
    ]);
  });

  it('names a removed file and an added one', async () => {
    const files = bag();
    files.delete('data/1/index.html');
    files.set('data/extra.html', utf8('x'));
    expect(verifyBag(files)).toEqual([
      'data/1/index.html: missing (listed in manifest-sha256.txt)',
      'data/extra.html: added (not in manifest-sha256.txt)',
      expect.stringMatching(/^bag-info.txt: Payload-Oxum .* does not match the payload/),
    ]);
  });

  it('notices a changed tag file and a missing bagit.txt', async () => {
    const files = bag();
    files.set('bag-info.txt', utf8('External-Identifier: y\n'));
    files.delete('bagit.txt');
    expect(verifyBag(files)).toEqual([
      'bagit.txt: missing',
      'bag-info.txt: altered (sha256 differs from tagmanifest-sha256.txt)',
      'bagit.txt: missing (listed in tagmanifest-sha256.txt)',
    ]);
  });
});

describe('npm run verify on a tampered bag', () => {
  const SOURCE = utf8('贵阳市南明区人民政府公报\n原文\n');
  const bagOf = (source: Uint8Array) =>
    makeBag(
      new Map([
        ['index.html', utf8('<h1>公报</h1>')],
        ['source.txt', source],
      ]),
      [
        ['Source-File', 'data/source.txt'],
        ['Source-SHA256', sha256(SOURCE)],
      ],
    );
  const zipOf = (files: Files) =>
    Buffer.from(
      zipSync(Object.fromEntries([...files].map(([name, bytes]) => [`x-2020-1/${name}`, bytes]))),
    );
  /** Replaces every occurrence of `from` by `to` (as long) in the zip's bytes: names in local headers and the central directory alike. */
  const patch = (zip: Buffer, from: string, to: string) => {
    const out = Buffer.from(zip);
    for (let at = out.indexOf(from); at >= 0; at = out.indexOf(from, at + 1)) out.write(to, at);
    return out;
  };
  const centralDirectory = (zip: Buffer) => zip.readUInt32LE(zip.length - 22 + 16);

  it('passes a sound zip of a sound bag', async () => {
    expect(await verifySnapshot(zipOf(bagOf(SOURCE)))).toEqual([]);
  });

  it('rejects a zip whose central directory is corrupted or disagrees with its entries, or whose data is damaged', async () => {
    const zip = zipOf(bagOf(SOURCE));
    const signature = Buffer.from(zip);
    signature[centralDirectory(zip)]! ^= 0xff;
    expect(await verifySnapshot(signature)).toEqual([
      expect.stringMatching(/^zip: central directory entry 1 of 6 has no valid signature/),
    ]);
    const crc = Buffer.from(zip);
    crc[centralDirectory(zip) + 16]! ^= 0x01;
    expect(await verifySnapshot(crc)).toEqual([
      expect.stringMatching(/^zip: x-2020-1\/\S+: CRC-32 does not match the central directory$/),
    ]);
    const size = Buffer.from(zip);
    size[centralDirectory(zip) + 24]! ^= 0x01;
    expect(await verifySnapshot(size)).toEqual([
      expect.stringMatching(
        /^zip: x-2020-1\/\S+: (\d+ bytes where the central directory says \d+|inflates to more than the \d+ bytes the central directory says \(stopped there\))$/,
      ),
    ]);
    expect(await verifySnapshot(zip.subarray(0, zip.length - 30))).toEqual([
      'zip: no end of central directory record: not a zip file, or cut short',
    ]);
    // What unzip -t reports as a CRC error: a byte of an entry's data changed.
    const data = Buffer.from(zip);
    data[30 + zip.readUInt16LE(26) + zip.readUInt16LE(28) + 2]! ^= 0x01;
    expect(await verifySnapshot(data)).toEqual([
      expect.stringMatching(
        /^zip: x-2020-1\/data\/index.html: (CRC-32 does not match|the compressed data is damaged)/,
      ),
    ]);
  });

  it('rejects a zip that holds a name twice, the forged copy first', async () => {
    const forged = bagOf(SOURCE);
    const files: Files = new Map([['data/source.txX', utf8('伪造\n')], ...forged]);
    const zip = patch(zipOf(files), 'data/source.txX', 'data/source.txt');
    expect(await verifySnapshot(zip)).toEqual([
      'zip: x-2020-1/data/source.txt: given twice (an unzip tool may extract either copy)',
    ]);
  });

  it('rejects a source.txt altered with both manifests recomputed, by its Source-SHA256', async () => {
    const altered = bagOf(utf8('贵阳市南明区人民政府公报\n改过的原文\n'));
    expect(verifyBag(altered)).toEqual([
      'bag-info.txt: Source-SHA256 does not match data/source.txt',
    ]);
  });

  it('names a manifest holding a byte that is not UTF-8', async () => {
    const files = bagOf(SOURCE);
    files.set(
      'manifest-sha256.txt',
      Buffer.concat([files.get('manifest-sha256.txt')!, Buffer.from([0xff, 0x0a])]),
    );
    expect(verifyBag(files)).toEqual([
      'manifest-sha256.txt:3: not UTF-8 text',
      expect.stringMatching(/^manifest-sha256.txt: altered/),
    ]);
  });
});
