// npm run dev [-- --no-server]: convert, then Astro's dev server, and content/ watched: a text,
// a gazette.yaml or a corrections file that changes is converted again (convert skips what is
// unchanged), so the page shows it at once; a changed content/site.yaml restarts the server,
// which reads the settings when it starts. --no-server watches and converts only.
import { type ChildProcess, spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { SITE_FILE } from '../src/config.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { convert } from './convert.ts';
import { commandLine } from './lib/args.ts';

const { values } = commandLine('npm run dev [-- --no-server]', {
  options: { 'no-server': { type: 'boolean' } },
});

let server: ChildProcess | undefined;
function startServer(): void {
  // The IPC channel ends the server with this process, however it ends (scripts/build/with-parent.ts).
  server = spawn(
    process.execPath,
    ['--import', './scripts/build/with-parent.ts', 'node_modules/astro/bin/astro.mjs', 'dev'],
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
}

async function reconvert(): Promise<void> {
  const { converted, unchanged, problems } = await convert();
  console.log(
    phrase('converted', {
      command: 'dev',
      converted: converted.length,
      unchanged,
      skipped: problems.length,
    }),
  );
}

// Changes come in bursts (an editor saves, a copy writes many files): one run after they settle,
// and never two at once.
let timer: NodeJS.Timeout | undefined;
let running: Promise<void> = Promise.resolve();
let restart = false;
function changed(file: string): void {
  if (join('content', file) === SITE_FILE) restart = true;
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = running
      .then(async () => {
        await reconvert();
        if (restart && server) {
          restart = false;
          console.log(phrase('dev-restart', { file: SITE_FILE }));
          // A server that a bad site.yaml stopped is started again once the file is right.
          if (server.exitCode !== null || server.signalCode !== null) startServer();
          else {
            server.once('exit', startServer);
            server.kill();
          }
        }
      })
      // A run that fails is reported; the next change runs again.
      .catch((error: unknown) => console.error(error));
  }, 200);
}

await reconvert();
watch('content', { recursive: true }, (_event, file) => file && changed(file));
console.log(phrase('dev-watching', {}));
if (!values['no-server']) startServer();
