/** Files that break naive readers, for the tests of every file setting. */
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync } from 'node:fs';

/** A named pipe nobody writes to: reading it the ordinary way waits forever. */
export function makeFifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

/** A sparse file of `size` bytes: large on paper, instant to create. */
export function makeSparse(path: string, size: number): string {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}
