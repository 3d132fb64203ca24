// Bad settings or input: exit 2, one clear message naming the file or setting, nothing sent, no stack, no secret.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.js';
import { runBundle } from '../support/run-bundle.js';

const SECRET = 'bb-token-9f8e7d6c5b4a39281706';
const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const gate = join(repoRoot, 'test/fixtures/reports/sonarqube/project-status-10x-error.json');

const CASES: [string, string[], Record<string, string>, RegExp][] = [
  ['a missing report file', ['--dry-run', '--report', join(dir, 'nope.json')], {}, /nope\.json: REPORT names a file that does not exist/],
  ['an empty report file', ['--dry-run', '--report', file('empty.json', '  \n')], {}, /empty\.json: file is empty/],
  ['invalid JSON', ['--dry-run', '--report', file('broken.json', '{\n  "projectStatus": {\n    "status": "OK",\n  }\n}\n')], {}, /broken\.json: invalid JSON at line 4, column 3/],
  [
    'a wrong shape',
    ['--dry-run', '--report', file('shape.json', JSON.stringify({ projectStatus: { status: 'OK', conditions: [{ status: 'BROKEN', metricKey: 'coverage', comparator: 'LT' }] } }))],
    {},
    /shape\.json at \/projectStatus\/conditions\/0\/status: expected one of/,
  ],
  ['an unknown format', ['--dry-run', '--report', file('other.json', '{"hello": "world"}')], {}, /other\.json at \/: not a report in any format we read; expected one of: sonarqube-project-status/],
  ['a repository that matches no form', ['--dry-run', '--report', gate], { REPOSITORY: `https://x:${SECRET}@example.com/nothing` }, /REPOSITORY/],
  ['contradictory credentials', ['--dry-run', '--report', gate], { TOKEN: SECRET, USERNAME: 'me@example.com', PASSWORD: `${SECRET}-2` }, /TOKEN|PASSWORD/],
  ['a bad enum', ['--dry-run', '--report', gate, '--fail-on', 'sometimes'], {}, /--fail-on: expected one of "failure", "warning", "never"/],
  ['an unknown flag', ['--dry-run', '--report', gate, '--fial-on', 'never'], {}, /--fial-on/],
  ['no report at all', [], { TOKEN: SECRET }, /REPORT: missing/],
];

describe('bad input', () => {
  it.each(CASES)('%s → exit 2, one clear message', async (_name, args, env, message) => {
    const r = await runBundle({ args, env: { ...env, TOKEN: env['TOKEN'] ?? SECRET } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/nothing was sent/);
    expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(r.stdout).toBe('');
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('with --json, also prints the failure on stdout as {error: {code, message, setting}}', async () => {
    const missing = await runBundle({ args: ['--json'], env: { TOKEN: SECRET } });
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ exitCode: 2, error: { code: 2, setting: 'REPORT', message: expect.stringMatching(/^REPORT: missing.*nothing was sent/) } });
    const badFile = await runBundle({ args: ['--json', '--dry-run', '--report', join(dir, 'nope.json')], env: { TOKEN: SECRET } });
    expect(JSON.parse(badFile.stdout).error).toMatchObject({ code: 2, file: join(dir, 'nope.json') });
    expect(missing.stdout + missing.stderr + badFile.stdout + badFile.stderr).not.toContain(SECRET);
  });

  it('shows the stack only when DEBUG is on', async () => {
    const r = await runBundle({ args: ['--dry-run', '--report', join(dir, 'nope.json')], env: { DEBUG: 'true', TOKEN: SECRET } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain(SECRET);
  });
});
