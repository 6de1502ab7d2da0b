// The printed PDF of each issue that has one, from the printed collection (convert's records,
// src/content/generated/printed/), loaded once per build and shared by the pages that publish
// and link it.
import { statSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { PrintedRecord } from '../schema.ts';

let loading: Promise<Map<string, PrintedRecord>> | undefined;

/**
 * The printed PDF of an issue, or null when it has none. An issue kept at its last good
 * conversion (its text now fails) may have lost its PDF since: without the file as convert
 * saw it, there is nothing to publish or link.
 */
export async function printedOf(issueId: string): Promise<PrintedRecord | null> {
  loading ??= getCollection('printed').then(
    (entries) => new Map(entries.map((e) => [e.id, e.data])),
  );
  const record = (await loading).get(issueId);
  return record && statSync(record.file, { throwIfNoEntry: false })?.size === record.bytes
    ? record
    : null;
}
