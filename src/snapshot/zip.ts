// Reading a snapshot's zip strictly, as `unzip -t` does and more: fflate's unzipSync trusts the
// central directory (no signature or CRC check, and a name given twice silently keeps the last
// copy, where `unzip` extracts the first), so verify checks the structure itself before it
// trusts any entry: every header's signature, the central directory against each local header,
// each entry's size and CRC-32, that no name is given twice, even in another case, and that
// every name is a plain path that an unzip tool writes where it says (no `..`, `/` first,
// backslash, empty or `.` segment) and names a file or a folder, not a link.
//
// The zip is read from its file a piece at a time and each entry is inflated as a stream
// (node:zlib), hashed as it comes and then dropped: memory does not grow with what the entries
// hold (a snapshot of repetitive pages inflates to hundreds of times its size), and an entry
// that inflates past the size it declares is stopped there.
import { createHash } from 'node:crypto';
import { fstatSync, readSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { phrase } from '../diagnostics/phrases.ts';

/** Random access to a zip's bytes: its file, or bytes in memory. */
export interface ZipSource {
  size: number;
  read(at: number, length: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ZipSource {
  return {
    size: bytes.length,
    read: (at, length) => bytes.subarray(at, Math.min(bytes.length, at + length)),
  };
}

export function fileSource(fd: number): ZipSource {
  return {
    size: fstatSync(fd).size,
    read: (at, length) => {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, at));
    },
  };
}

export interface ZipEntry {
  size: number;
  sha256: string;
  /** The entry's bytes, for the entries the caller asked to keep (a bag's tag files). */
  bytes: Uint8Array | null;
}

export interface ZipRead {
  /** Files by name (folders left out), when the zip is sound. */
  entries: Map<string, ZipEntry>;
  /** What is wrong with the zip's structure; empty when it is sound. */
  problems: string[];
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const names = new TextDecoder('utf-8', { fatal: true });
// Compressed bytes read at a time; zlib inflates them into pieces of 16 KiB, each checked
// against the entry's declared size as it comes.
const PIECE = 64 * 1024;
// A kept entry is a tag file (bagit.txt, the manifests): a few hundred kilobytes for thousands
// of pages.
const KEPT_MAX = 64 * 1024 * 1024;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/** Why a name is not a plain relative path, or null when it is one. */
function unplainName(name: string): string | null {
  const why = (reason: 'backslash' | 'absolute' | 'nul' | 'dot-dot' | 'empty') =>
    phrase('zip-name', { reason });
  if (name.includes('\\')) return why('backslash');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return why('absolute');
  if (name.includes('\0')) return why('nul');
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return why('dot-dot');
  if (segments.some((s) => s === '' || s === '.')) return why('empty');
  return null;
}

/**
 * Reads every entry of the zip; `keep(name)` says which entries' bytes the caller needs (at
 * most 64 MiB each). The zip is sound when `problems` is empty.
 */
export async function readZip(zip: ZipSource, keep: (name: string) => boolean): Promise<ZipRead> {
  const problems: string[] = [];
  const fail = (problem: string): ZipRead => ({
    entries: new Map(),
    problems: [...problems, problem],
  });

  // The end of central directory record: the last one, within the last 64 KiB (its comment).
  const tailStart = Math.max(0, zip.size - 22 - 0xffff);
  const tail = zip.read(tailStart, zip.size - tailStart);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tailView.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return fail(`zip: ${phrase('zip-no-end', {})}`);
  const count = tailView.getUint16(eocd + 10, true);
  const size = tailView.getUint32(eocd + 12, true);
  const start = tailView.getUint32(eocd + 16, true);
  if (count !== tailView.getUint16(eocd + 8, true)) return fail(`zip: ${phrase('zip-split', {})}`);
  eocd += tailStart;
  if (start + size !== eocd)
    return fail(`zip: ${phrase('zip-directory-misplaced', { size, start, end: eocd })}`);

  const directory = zip.read(start, size);
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const u16 = (at: number) => (at + 2 <= directory.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= directory.length ? view.getUint32(at, true) : -1);
  const entries = new Map<string, ZipEntry>();
  const folders = new Set<string>();
  const folded = new Map<string, string>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL)
      return fail(`zip: ${phrase('zip-entry-signature', { n: i + 1, count, offset: start + at })}`);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const compressed = u32(at + 20);
    const original = u32(at + 24);
    const nameLength = u16(at + 28);
    const mode = u32(at + 38) >>> 16;
    const local = u32(at + 42);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > directory.length) return fail(`zip: ${phrase('zip-entry-overrun', { n: i + 1 })}`);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    let name: string;
    try {
      name = names.decode(nameBytes);
    } catch {
      return fail(`zip: ${phrase('zip-entry-name', { n: i + 1 })}`);
    }
    at = next;

    const unplain = unplainName(name);
    if (unplain) {
      problems.push(`zip: ${name}: ${unplain}`);
      continue;
    }
    const type = mode & S_IFMT;
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
      problems.push(`zip: ${name}: ${phrase('zip-special', { mode: mode.toString(8) })}`);
      continue;
    }
    // A file system that ignores case or Unicode normalisation keeps only one of the two.
    const key = name.normalize('NFC').toLowerCase();
    const same = folded.get(key);
    if (same !== undefined) {
      problems.push(
        `zip: ${name}: ${same === name ? phrase('zip-twice', {}) : phrase('zip-case', { other: same })}`,
      );
      continue;
    }
    folded.set(key, name);
    if (flags & 1) return fail(`zip: ${name}: ${phrase('zip-encrypted', {})}`);

    const header = zip.read(local, 30);
    const headerView = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (header.length < 30 || headerView.getUint32(0, true) !== LOCAL)
      return fail(`zip: ${name}: ${phrase('zip-no-local-header', { offset: local })}`);
    const localNameLength = headerView.getUint16(26, true);
    const localName = zip.read(local + 30, localNameLength);
    if (Buffer.compare(localName, nameBytes) !== 0 || headerView.getUint16(8, true) !== method) {
      return fail(`zip: ${name}: ${phrase('zip-headers-disagree', {})}`);
    }
    const dataStart = local + 30 + localNameLength + headerView.getUint16(28, true);
    if (dataStart + compressed > start)
      return fail(`zip: ${name}: ${phrase('zip-data-overrun', {})}`);
    if (method !== 0 && method !== 8)
      return fail(`zip: ${name}: ${phrase('zip-method', { method })}`);

    const kept = !name.endsWith('/') && keep(name);
    if (kept && original > KEPT_MAX)
      return fail(
        `zip: ${name}: ${phrase('zip-tag-too-large', { size: original, limit: KEPT_MAX })}`,
      );
    const inflated = await inflateEntry(zip, dataStart, compressed, method, original, kept);
    if (typeof inflated === 'string') return fail(`zip: ${name}: ${inflated}`);
    if (inflated.crc !== crc) return fail(`zip: ${name}: ${phrase('zip-crc', {})}`);
    if (name.endsWith('/')) {
      if (inflated.size > 0) return fail(`zip: ${name}: ${phrase('zip-folder-data', {})}`);
      folders.add(name);
    } else entries.set(name, inflated);
  }
  // A folder entry is one of the files' folders, or an unzip tool makes a folder of its own.
  const parents = new Set(
    [...entries.keys()].flatMap((n) =>
      n
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`),
    ),
  );
  for (const folder of folders)
    if (!parents.has(folder)) problems.push(`zip: ${folder}: ${phrase('zip-folder-empty', {})}`);
  return problems.length ? { entries: new Map(), problems } : { entries, problems };
}

/** An entry's data inflated piece by piece and hashed; what is wrong with it, as text. */
async function inflateEntry(
  zip: ZipSource,
  from: number,
  length: number,
  method: number,
  declared: number,
  keep: boolean,
): Promise<(ZipEntry & { crc: number }) | string> {
  const hash = createHash('sha256');
  const pieces: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  const compressed = Readable.from(
    (function* () {
      for (let at = from; at < from + length; at += PIECE)
        yield zip.read(at, Math.min(PIECE, from + length - at));
    })(),
    { objectMode: false },
  );
  const hashed = new Writable({
    write(piece: Buffer, _, done) {
      size += piece.length;
      if (size > declared) return done(new Error('past its declared size'));
      crc = crc32(piece, crc);
      hash.update(piece);
      if (keep) pieces.push(piece);
      done();
    },
  });
  try {
    if (method === 0) await pipeline(compressed, hashed);
    else await pipeline(compressed, createInflateRaw(), hashed);
  } catch (error) {
    return size > declared
      ? phrase('zip-inflates-past', { declared })
      : phrase('zip-damaged', { reason: (error as Error).message });
  }
  if (size !== declared) return phrase('zip-size', { size, declared });
  return {
    size,
    crc,
    sha256: hash.digest('hex'),
    bytes: keep ? Buffer.concat(pieces) : null,
  };
}
