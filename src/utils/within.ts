// Whether one path lies inside another, the rule every check of a path against a folder uses
// (OUT_DIR against the project's sources, a link's target against content/, a cache's paths
// against their folder).
import { isAbsolute, relative, sep } from 'node:path';

/** Whether `inner` is `outer` or lies inside it (both resolved, absolute). */
export function within(inner: string, outer: string): boolean {
  const r = relative(outer, inner);
  return r === '' || (!isAbsolute(r) && r.split(sep)[0] !== '..');
}
