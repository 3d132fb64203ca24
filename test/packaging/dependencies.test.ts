/** `dist/` is fully bundled: installing the package must bring in nothing else (npx, npm install). */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('package.json', () => {
  it('has no runtime dependencies: every library is bundled into dist/', () => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) expect(pkg[field]).toBeUndefined();
  });

  it('ships the bundle as its bin', () => {
    expect(pkg['bin']).toEqual({ 'pr-insights': 'dist/index.js' });
  });
});
