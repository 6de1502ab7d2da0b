// A small copy of the project for running an editor's command (convert, review, dev) on some
// gazettes: its scripts and src, node_modules linked, those gazettes' content, and files
// written over it.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A copy of the project with these gazettes' content, and these files (relative to it) written over. */
export function projectWith(gazettes: string[], files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-editor-'));
  for (const part of ['scripts', 'src'])
    cpSync(part, join(dir, part), {
      recursive: true,
      filter: (src) => !src.includes('content/generated'),
    });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  for (const g of gazettes)
    cpSync(join('content', g), join(dir, 'content', g), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  mkdirSync(join(dir, '.cache'), { recursive: true });
  return dir;
}
