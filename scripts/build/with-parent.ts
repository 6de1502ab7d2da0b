// Loaded (node --import) into every child process of the build (scripts/build/pool.ts): the
// child ends when its parent's IPC channel closes, so no child outlives the build, even one
// whose parent was killed with SIGKILL. Its own children (esbuild's service, Pagefind's binary)
// read their parent's stdin and end when it does. Without a channel it does nothing.
if (process.channel) {
  process.on('disconnect', () => process.exit(1));
  // The channel alone must not keep the child running when its work is done.
  process.channel.unref();
}
