// BagIt (RFC 8493) bags as maps of path → bytes: making one and checking one. Pure: the
// caller reads and writes the zip.
import { createHash } from 'node:crypto';
import { phrase } from '../diagnostics/phrases.ts';

export type Files = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// RFC 8493 §2.1.3: a path in a manifest escapes CR, LF and %.
const encodePath = (path: string) =>
  path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const decodePath = (path: string) =>
  path.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');

const MANIFEST = 'manifest-sha256.txt';
const TAG_MANIFEST = 'tagmanifest-sha256.txt';

function manifest(files: Files): Uint8Array {
  const lines = [...files]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, bytes]) => `${sha256(bytes)}  ${encodePath(path)}\n`);
  return encoder.encode(lines.join(''));
}

/**
 * A bag of the payload (paths relative to data/) with bag-info fields and other tag files
 * (a README.txt). Payload-Oxum is added; tag files are covered by tagmanifest-sha256.txt.
 */
export function makeBag(
  payload: Files,
  info: Array<[string, string]>,
  otherTags: Files = new Map(),
): Files {
  const data: Files = new Map([...payload].map(([path, bytes]) => [`data/${path}`, bytes]));
  const octets = [...payload.values()].reduce((n, b) => n + b.length, 0);
  const bagInfo = [...info, ['Payload-Oxum', `${octets}.${payload.size}`]]
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
  const tags: Files = new Map([
    ['bagit.txt', encoder.encode('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')],
    ['bag-info.txt', encoder.encode(bagInfo)],
    [MANIFEST, manifest(data)],
    ...otherTags,
  ]);
  return new Map([...data, ...tags, [TAG_MANIFEST, manifest(tags)]]);
}

/** A file of a bag as verify reads it: its size and hash, and its bytes when it is a tag file. */
export interface BagFile {
  size: number;
  sha256: string;
  bytes: Uint8Array | null;
}

export type BagFiles = Map<string, BagFile>;

/** A tag file's text; null, with the problem named, when it is missing or not UTF-8 (RFC 8493 §2.2.3). */
function tagText(files: BagFiles, name: string, problems: string[]): string | null {
  const bytes = files.get(name)?.bytes;
  if (!bytes) {
    problems.push(`${name}: ${phrase('bag-missing', {})}`);
    return null;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const line =
      new TextDecoder()
        .decode(bytes)
        .split('\n')
        .findIndex((l) => l.includes('\uFFFD')) + 1;
    problems.push(`${name}:${line}: ${phrase('bag-not-utf8', {})}`);
    return null;
  }
}

/** The manifest's entries, or null when it cannot be read (the problem is named). */
function readManifest(
  files: BagFiles,
  name: string,
  problems: string[],
): Map<string, string> | null {
  const entries = new Map<string, string>();
  const text = tagText(files, name, problems);
  if (text === null) return null;
  text
    .split('\n')
    .filter(Boolean)
    .forEach((line, i) => {
      const m = /^([0-9a-f]{64}) +(.+)$/.exec(line);
      if (m) entries.set(decodePath(m[2]!), m[1]!);
      else problems.push(`${name}:${i + 1}: ${phrase('bag-manifest-line', {})}`);
    });
  return entries;
}

/** What verify checked of a bag, and what it found wrong (nothing, when the bag is valid). */
export interface BagCheck {
  problems: string[];
  /** The bag's files and their bytes. */
  files: number;
  bytes: number;
  /** The manifests' entries whose file is there with that SHA-256. */
  checksums: number;
}

/**
 * Every problem with a bag: files missing, altered or added (a file is the bag's own only when
 * a manifest lists it, tagmanifest-sha256.txt aside), payload listed outside data/, and broken
 * tag files; and what was checked.
 */
export function verifyBag(files: BagFiles): BagCheck {
  const problems: string[] = [];
  let checksums = 0;
  const bagit = tagText(files, 'bagit.txt', problems);
  if (bagit !== null && !/^BagIt-Version: 1\.\d+\n/.test(bagit))
    problems.push(`bagit.txt: ${phrase('bag-no-version', {})}`);

  const check = (name: string, covers: (path: string) => boolean) => {
    const listed = readManifest(files, name, problems);
    if (!listed) return;
    for (const [path, hash] of listed) {
      const file = files.get(path);
      const manifest = { manifest: name };
      if (!covers(path))
        problems.push(
          `${path}: ${phrase('bag-listed-outside', { ...manifest, payload: name === MANIFEST })}`,
        );
      else if (!file) problems.push(`${path}: ${phrase('bag-listed-missing', manifest)}`);
      else if (file.sha256 !== hash) problems.push(`${path}: ${phrase('bag-altered', manifest)}`);
      else checksums++;
    }
    for (const path of files.keys())
      if (covers(path) && !listed.has(path))
        problems.push(`${path}: ${phrase('bag-added', { manifest: name })}`);
  };
  check(MANIFEST, (p) => p.startsWith('data/'));
  check(TAG_MANIFEST, (p) => !p.startsWith('data/') && p !== TAG_MANIFEST);

  const info = files.has('bag-info.txt') ? tagText(files, 'bag-info.txt', problems) : null;
  const oxum = info && /^Payload-Oxum: (\d+)\.(\d+)$/m.exec(info);
  if (oxum) {
    const payload = [...files].filter(([p]) => p.startsWith('data/'));
    const octets = payload.reduce((n, [, f]) => n + f.size, 0);
    if (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length) {
      const [given, actual] = [`${oxum[1]}.${oxum[2]}`, `${octets}.${payload.length}`];
      problems.push(`bag-info.txt: ${phrase('bag-oxum', { given, actual })}`);
    }
  }
  // Gongbao's own field: the source text as it was put into content/. The manifest can be
  // recomputed after an edit; this is the hash the data (issue.json) also carries.
  const source = info && /^Source-SHA256: (.*)$/m.exec(info);
  if (source) {
    const file = /^Source-File: (.*)$/m.exec(info!)?.[1] ?? 'data/source.txt';
    const found = files.get(file);
    if (!found) problems.push(`bag-info.txt: ${phrase('bag-source-missing', { file })}`);
    else if (found.sha256 !== source[1])
      problems.push(`bag-info.txt: ${phrase('bag-source-differs', { file })}`);
  }
  const bytes = [...files.values()].reduce((n, f) => n + f.size, 0);
  return { problems, files: files.size, bytes, checksums };
}
