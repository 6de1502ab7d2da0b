// Command-line flags, read strictly with node:util parseArgs: an unknown flag, a flag without
// its value or a stray argument ends the command with one line and its usage, not a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { phrase } from '../../src/diagnostics/phrases.ts';

export function commandLine<T extends ParseArgsConfig>(
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ strict: true, ...config });
  } catch (error) {
    // parseArgs's own words (Node's, in English) name the flag; the usage is ours.
    console.error(`${(error as Error).message}\n${phrase('usage', { usage })}`);
    process.exit(2);
  }
}
