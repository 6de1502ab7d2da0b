// BagIt (RFC 8493) bags as maps of path → bytes: making one and checking one. Pure: the
// caller reads and writes the zip.
import { createHash } from 'node:crypto';

export type Files = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// RFC 8493 §2.1.3: a path in a manifest escapes CR, LF and %.
const encodePath = (path: string) =>
  path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const decodePath = (path: string) =>
  path.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');

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
    ['manifest-sha256.txt', manifest(data)],
    ...otherTags,
  ]);
  return new Map([...data, ...tags, ['tagmanifest-sha256.txt', manifest(tags)]]);
}

/** A tag file's text; null, with the problem named, when it is missing or not UTF-8 (RFC 8493 §2.2.3). */
function tagText(files: Files, name: string, problems: string[]): string | null {
  const bytes = files.get(name);
  if (!bytes) {
    problems.push(`${name}: missing`);
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
    problems.push(`${name}:${line}: not UTF-8 text`);
    return null;
  }
}

/** The manifest's entries, or null when it cannot be read (the problem is named). */
function readManifest(files: Files, name: string, problems: string[]): Map<string, string> | null {
  const entries = new Map<string, string>();
  const text = tagText(files, name, problems);
  if (text === null) return null;
  text
    .split('\n')
    .filter(Boolean)
    .forEach((line, i) => {
      const m = /^([0-9a-f]{64}) +(.+)$/.exec(line);
      if (m) entries.set(decodePath(m[2]!), m[1]!);
      else problems.push(`${name}:${i + 1}: not a sha256 manifest line`);
    });
  return entries;
}

/** Every problem with a bag: files missing, altered or added, and broken tag files. Empty when the bag is valid. */
export function verifyBag(files: Files): string[] {
  const problems: string[] = [];
  const bagit = tagText(files, 'bagit.txt', problems);
  if (bagit !== null && !/^BagIt-Version: 1\.\d+\n/.test(bagit))
    problems.push('bagit.txt: no BagIt-Version line');

  const check = (name: string, covers: (path: string) => boolean) => {
    const listed = readManifest(files, name, problems);
    if (!listed) return;
    for (const [path, hash] of listed) {
      const bytes = files.get(path);
      if (!bytes) problems.push(`${path}: missing (listed in ${name})`);
      else if (sha256(bytes) !== hash)
        problems.push(`${path}: altered (sha256 differs from ${name})`);
    }
    for (const path of files.keys())
      if (covers(path) && !listed.has(path)) problems.push(`${path}: added (not in ${name})`);
  };
  check('manifest-sha256.txt', (p) => p.startsWith('data/'));
  check(
    'tagmanifest-sha256.txt',
    (p) =>
      !p.startsWith('data/') && p !== 'tagmanifest-sha256.txt' && !p.startsWith('tagmanifest-'),
  );

  const info = files.has('bag-info.txt') ? tagText(files, 'bag-info.txt', problems) : null;
  const oxum = info && /^Payload-Oxum: (\d+)\.(\d+)$/m.exec(info);
  if (oxum) {
    const payload = [...files].filter(([p]) => p.startsWith('data/'));
    const octets = payload.reduce((n, [, b]) => n + b.length, 0);
    if (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length) {
      problems.push(
        `bag-info.txt: Payload-Oxum ${oxum[1]}.${oxum[2]} does not match the payload (${octets}.${payload.length})`,
      );
    }
  }
  // Gongbao's own field: the source text as it was put into content/. The manifest can be
  // recomputed after an edit; this is the hash the data (issue.json) also carries.
  const source = info && /^Source-SHA256: (.*)$/m.exec(info);
  if (source) {
    const file = /^Source-File: (.*)$/m.exec(info!)?.[1] ?? 'data/source.txt';
    const bytes = files.get(file);
    if (!bytes) problems.push(`bag-info.txt: Source-File ${file} is missing`);
    else if (sha256(bytes) !== source[1])
      problems.push(`bag-info.txt: Source-SHA256 does not match ${file}`);
  }
  return problems;
}
