// The corpus issues rendered as converters write them (tests/corpus/<slug>-pdftotext, -word, -md)
// are data made by tests/support/converterRenderings.ts from a clean composition: each
// SOURCES.md says so, and this keeps it true when the composition or the script changes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERED = [['hebei-2010-36', '2010-36.txt']] as const;

describe.each(RENDERED)('%s', (slug, file) => {
  const out = mkdtempSync(join(tmpdir(), 'gongbao-renderings-'));
  execFileSync(process.execPath, [
    'tests/support/converterRenderings.ts',
    `tests/corpus/${slug}/${file}`,
    `tests/corpus/${slug}/renderings.json`,
    out,
  ]);

  it.each(['pdftotext', 'word', 'md'])('%s rendering is what the script makes', (converter) => {
    expect(readFileSync(join(out, converter, file), 'utf8')).toBe(
      readFileSync(`tests/corpus/${slug}-${converter}/${file}`, 'utf8'),
    );
  });
});
