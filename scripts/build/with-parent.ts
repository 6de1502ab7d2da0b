// Loaded (node --import) into every child process of the build (scripts/build/pool.ts): the
// child ends when its parent's IPC channel closes, so no child outlives the build, even one
// whose parent was killed with SIGKILL. Its own children (esbuild's service, Pagefind's binary)
// read their parent's stdin and end when it does. Without a channel it does nothing.
// It also says it is alive every HEARTBEAT_MS, from its event loop: a child whose loop stops
// turning (Node's module loader can deadlock at start-up, the process then waiting for ever
// with no CPU time) falls silent, and its parent stops it (scripts/build/pool.ts).
// And it keeps the code V8 compiles for the modules it loads, for the next child to load them
// (Node's compile cache): each child is a fresh process, and an Astro run loads Vite, Rolldown
// and Astro whole.
import { enableCompileCache } from 'node:module';
import { HEARTBEAT, HEARTBEAT_MS } from './heartbeat.ts';
import { scratch } from './scratch.ts';

if (process.channel) {
  enableCompileCache(scratch.compiledCode);
  process.on('disconnect', () => process.exit(1));
  // The channel alone must not keep the child running when its work is done, nor the beat.
  process.channel.unref();
  setInterval(() => process.send?.(HEARTBEAT), HEARTBEAT_MS).unref();
}
