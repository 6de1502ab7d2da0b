// Reading a snapshot's zip strictly, as `unzip -t` does: fflate's unzipSync trusts the central
// directory (no signature or CRC check, and a name given twice silently keeps the last copy,
// where `unzip` extracts the first), so verify checks the structure itself before it trusts
// any entry: every header's signature, the central directory against each local header, each
// entry's size and CRC-32, and that no name is given twice.
import { crc32 } from 'node:zlib';
import { inflateSync } from 'fflate';

export interface ZipRead {
  /** Entries by name, when the zip is sound. */
  entries: Map<string, Uint8Array>;
  /** What is wrong with the zip's structure; empty when it is sound. */
  problems: string[];
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const names = new TextDecoder('utf-8', { fatal: true });

export function readZip(zip: Uint8Array): ZipRead {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => (at + 2 <= zip.length ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at + 4 <= zip.length ? view.getUint32(at, true) : -1);
  const entries = new Map<string, Uint8Array>();
  const problems: string[] = [];
  const fail = (problem: string): ZipRead => ({
    entries: new Map(),
    problems: [...problems, problem],
  });

  // The end of central directory record: the last one, within the last 64 KiB (its comment).
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0)
    return fail('zip: no end of central directory record: not a zip file, or cut short');
  const count = u16(eocd + 10);
  const size = u32(eocd + 12);
  const start = u32(eocd + 16);
  if (count !== u16(eocd + 8)) return fail('zip: the central directory is split over disks');
  if (start + size !== eocd)
    return fail(
      `zip: the central directory (${size} bytes at ${start}) does not end where its end record begins (${eocd})`,
    );

  let at = start;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL)
      return fail(
        `zip: central directory entry ${i + 1} of ${count} has no valid signature at offset ${at}`,
      );
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const compressed = u32(at + 20);
    const original = u32(at + 24);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const local = u32(at + 42);
    if (next > eocd)
      return fail(`zip: central directory entry ${i + 1} runs past the directory's end`);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    let name: string;
    try {
      name = names.decode(nameBytes);
    } catch {
      return fail(`zip: central directory entry ${i + 1} has a name that is not UTF-8`);
    }
    at = next;
    if (u32(local) !== LOCAL) return fail(`zip: ${name}: no local header at offset ${local}`);
    const localName = zip.subarray(local + 30, local + 30 + u16(local + 26));
    if (Buffer.compare(localName, nameBytes) !== 0 || u16(local + 8) !== method) {
      return fail(
        `zip: ${name}: the central directory and the local header disagree (name or compression)`,
      );
    }
    const dataStart = local + 30 + localName.length + u16(local + 28);
    if (dataStart + compressed > start)
      return fail(`zip: ${name}: its data runs into the central directory`);
    const raw = zip.subarray(dataStart, dataStart + compressed);
    let bytes: Uint8Array;
    try {
      if (method === 0) bytes = raw.slice();
      else if (method === 8) bytes = inflateSync(raw);
      else return fail(`zip: ${name}: unknown compression method ${method}`);
    } catch (error) {
      return fail(`zip: ${name}: the compressed data is damaged (${(error as Error).message})`);
    }
    if (bytes.length !== original)
      return fail(
        `zip: ${name}: ${bytes.length} bytes where the central directory says ${original}`,
      );
    if (crc32(bytes) !== crc)
      return fail(`zip: ${name}: CRC-32 does not match the central directory`);
    if (entries.has(name))
      problems.push(`zip: ${name}: given twice (an unzip tool may extract either copy)`);
    else entries.set(name, bytes);
  }
  return problems.length ? { entries: new Map(), problems } : { entries, problems };
}
