import { describe, expect, it } from 'vitest';
import { makeBag, verifyBag } from '../../src/snapshot/bagit.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bag = () => makeBag(new Map([['index.html', utf8('<h1>公报</h1>')], ['1/index.html', utf8('<h1>通知</h1>')], ['source.txt', utf8('原文')]]), [['External-Identifier', 'x/2020/1']]);

describe('BagIt', () => {
  it('makes a valid bag with manifests, Payload-Oxum and a tag manifest', () => {
    const files = bag();
    expect([...files.keys()].sort()).toEqual(['bag-info.txt', 'bagit.txt', 'data/1/index.html', 'data/index.html', 'data/source.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt']);
    expect(new TextDecoder().decode(files.get('bag-info.txt'))).toBe(`External-Identifier: x/2020/1\nPayload-Oxum: ${utf8('<h1>公报</h1><h1>通知</h1>原文').length}.3\n`);
    expect(verifyBag(files)).toEqual([]);
  });

  it('names a payload file one byte of which changed', () => {
    const files = bag();
    const altered = new Uint8Array(files.get('data/source.txt')!);
    altered[0]! ^= 1;
    files.set('data/source.txt', altered);
    expect(verifyBag(files)).toEqual(['data/source.txt: altered (sha256 differs from manifest-sha256.txt)']);
  });

  it('names a removed file and an added one', () => {
    const files = bag();
    files.delete('data/1/index.html');
    files.set('data/extra.html', utf8('x'));
    expect(verifyBag(files)).toEqual([
      'data/1/index.html: missing (listed in manifest-sha256.txt)',
      'data/extra.html: added (not in manifest-sha256.txt)',
      expect.stringMatching(/^bag-info.txt: Payload-Oxum .* does not match the payload/),
    ]);
  });

  it('notices a changed tag file and a missing bagit.txt', () => {
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
