// npm run parse as a user runs it: JSON on stdout, diagnostics on stderr, exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentSchema, issueSchema } from '../../src/schema.ts';

const parse = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/parse.ts', ...args], { encoding: 'utf8' });

describe('npm run parse', () => {
  it('prints the issue and its documents as the data contract describes', () => {
    const out = execFileSync(process.execPath, ['scripts/parse.ts', 'content/dawukou/2021-3.txt'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const parsed = z
      .object({
        issue: issueSchema,
        documents: z.array(documentSchema.extend({ body: z.object({ type: z.literal('root') }) })),
      })
      .strict()
      .parse(JSON.parse(out));
    expect(parsed.issue.id).toBe('dawukou/2021/3');
    expect(parsed.documents).toHaveLength(8);
  });

  it('sends warnings to stderr as file:line: 警告: … [code], in English with --lang en', () => {
    const run = parse('content/dawukou/2021-3.txt');
    expect(run.status).toBe(0);
    expect(run.stderr.trim()).toMatch(
      /^content\/dawukou\/2021-3\.txt:1316: 警告: \p{Script=Han}.* \[date-does-not-exist\]$/u,
    );
    const english = parse('content/dawukou/2021-3.txt', '--lang', 'en');
    expect(english.stderr.trim()).toMatch(
      /^content\/dawukou\/2021-3\.txt:1316: warning: [^\p{Script=Han}]+2021年4月31日[^\p{Script=Han}]+ \[date-does-not-exist\]$/u,
    );
    expect(parse('content/dawukou/2021-3.txt', '--lang', 'fr').status).toBe(2);
  });

  it('--check reports every character accounted for', () => {
    const run = parse('content/nanming/2020-4.txt', '--check');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'content/nanming/2020-4.txt: 18138 of 18138 characters accounted for (100.00%)\n',
    );
  });

  it('refuses bad input with file and line, exit 1 and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-'));
    const empty = join(dir, '2022-1.txt');
    writeFileSync(empty, '');
    const run = parse(empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${empty}:1: .+ \\[file-empty\\]\n$`));
    expect(parse(join(dir, 'missing.txt')).stderr).toMatch(
      new RegExp(`^${join(dir, 'missing.txt')}：`),
    );
  });
});
