// The built bundle as the Bitbucket Pipe runs it (the pipe's storage directories mounted, its
// variables in the environment): the log tells the truth about the report — a failing report is an
// ERROR line and a red ✖ last line, a warning a WARNING line — also in a dry run.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.js';
import { runBundle } from '../support/run-bundle.js';

const fixtures = join(repoRoot, 'test/fixtures/reports/sonarqube');

function pipe(variables: Record<string, string>) {
  const storage = mkdtempSync(join(tmpdir(), 'pipe-storage-'));
  return runBundle({
    cwd: mkdtempSync(join(tmpdir(), 'clone-')),
    env: { BITBUCKET_PIPE_STORAGE_DIR: storage, BITBUCKET_PIPE_SHARED_STORAGE_DIR: storage, DRY_RUN: 'true', ...variables },
  });
}

describe('the pipe log', () => {
  it('a failing gate in a dry run: an ERROR line, a ✖ last line, exit 1', async () => {
    const run = await pipe({ REPORT: join(fixtures, 'project-status-10x-error.json') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ERROR: SonarQube quality gate: failed/m);
    expect(run.stderr).not.toMatch(/^INFO: SonarQube quality gate/m);
    expect(run.stderr).not.toContain('✔');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^✖ dry run: nothing was sent \(SonarQube quality gate: failed/);
  });

  it('a warning gate: a WARNING line and a ✔ last line, exit 0', async () => {
    const run = await pipe({ REPORT: join(fixtures, 'project-status-warn-legacy.json') });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^WARNING: SonarQube quality gate: /m);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^✔ dry run: nothing was sent/);
  });

  it('a failing gate FAIL_ON lets pass is a WARNING, and the step passes', async () => {
    const run = await pipe({ REPORT: join(fixtures, 'project-status-10x-error.json'), FAIL_ON: 'never' });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^WARNING: SonarQube quality gate: failed/m);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^✔ /);
  });

  it('a passing gate: INFO and ✔', async () => {
    const run = await pipe({ REPORT: join(fixtures, 'project-status-ok.json') });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^INFO: SonarQube quality gate: passed/m);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^✔ /);
  });
});
