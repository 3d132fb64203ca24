/** Commit ids for fixtures: deterministic, so a failing test prints the same SHA every run. */
import { createHash } from 'node:crypto';

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function isFullSha(value: string): boolean {
  return /^[0-9a-f]{40}$/i.test(value);
}

export function isShaPrefix(value: string): boolean {
  return /^[0-9a-f]{4,40}$/i.test(value);
}
