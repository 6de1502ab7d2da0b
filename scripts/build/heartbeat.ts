// What a child of the build sends its parent to say it is alive (scripts/build/with-parent.ts),
// and how often: shared by both ends, with nothing else, so that every child loads it at once.

export const HEARTBEAT = 'gongbao:alive';
export const HEARTBEAT_MS = 2_000;
