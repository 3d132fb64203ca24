import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from '@jest/globals';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(repoRoot, '../shared');
export const hasShared = existsSync(resolve(sharedDir, 'DESIGN.md'));

/** `describe` when ../shared (vendor specs, samples) is beside the clone; skipped with a note otherwise. */
export const describeWithShared = hasShared ? describe : describe.skip;
if (!hasShared) {
  process.stderr.write(`note: ${sharedDir} is absent; tests that read vendor specs and samples are skipped\n`);
}
