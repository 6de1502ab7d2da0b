// One issue's snapshot, written in a worker thread so that issues are packaged in parallel.
import { writeSnapshot } from './snapshot.ts';

export default function snapshotIssue(file: string): void {
  writeSnapshot(file);
}
