// The files a release needs beside the bundle: Bitbucket reads pipe.yml (ecosystem.md §2.1), the
// licence the package declares, and a changelog entry for the version being released.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; license: string };
const read = (name: string) => readFileSync(join(repoRoot, name), 'utf8');

describe('release files', () => {
  it('pipe.yml is the pipe metadata, naming the image of this version; no second metadata file drifts beside it', () => {
    const pipe = parse(read('pipe.yml')) as { image: string };
    expect(pipe.image.endsWith(`:${pkg.version}`)).toBe(true);
    expect(existsSync(join(repoRoot, 'bitbucket-pipe.yml'))).toBe(false);
  });

  it('LICENSE is the licence package.json and the image label declare', () => {
    expect(pkg.license).toBe('Apache-2.0');
    expect(read('LICENSE')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(read('Dockerfile')).toContain('org.opencontainers.image.licenses="Apache-2.0"');
  });

  it('CHANGELOG.md has an entry for the package version', () => {
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });
});
