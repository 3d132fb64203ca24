// The built bundle, started the way each front end starts it, in dry-run mode: nothing is sent.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithShared, repoRoot, sharedDir } from '../support/paths.js';
import { nodeRuntimes, runBundle } from '../support/run-bundle.js';

const fixture = (path: string) => join(repoRoot, 'test/fixtures/reports', path);
const SECRET = 'sekret-token-0123456789abcdef';

/** Every fixture format, with the exit code its verdict deserves under the default FAIL_ON=failure. */
const FORMATS: [string, number, RegExp][] = [
  ['sonarqube/project-status-10x-error.json', 1, /quality gate: failed/i],
  ['sonarqube/project-status-ok.json', 0, /quality gate: passed/i],
  ['sonarqube/project-status-warn-legacy.json', 0, /warning/i],
  ['sonarqube/project-status-none.json', 0, /no quality gate/i],
  ['sonarqube/project-status-cloud-periods.json', 1, /quality gate: failed/i],
  ['sonarqube/project-status-ignored-conditions.json', 0, /conditions on new code were ignored/i],
  ['generic-quality-gate/failed-with-findings.json', 1, /failed/i],
  ['generic-quality-gate/passed.json', 0, /passed/i],
  ['data-diff/dbt-models.jsonl', 1, /Data diff/],
  ['data-diff/dbt-single-model.json', 0, /Data diff/],
  ['data-diff/stats.json', 0, /Data diff/],
  ['data-diff/rows.jsonl', 0, /Data diff/],
  ['datafold/summary-success.json', 0, /Data diff/],
  ['datafold/summary-done-cross-database.json', 0, /Data diff/],
  ['generic-data-diff/report.json', 1, /Data diff/],
];

describe.each(nodeRuntimes.map((node) => [node]))('dry run with %s', (node) => {
  it('--example renders the built-in report with no server, no token and no network', async () => {
    const r = await runBundle({ node, args: ['--example'] });
    // The example's failing gate is logged as an error line; nothing else may be.
    expect(r.stderr.split('\n').filter((line) => /error/i.test(line) && !/quality gate: failed/.test(line))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/quality gate: failed/i);
    expect(r.stdout).toContain('Coverage on New Code');
    expect(r.stdout).toContain('annotations: 4');
    expect(r.stdout).toMatch(/\[\/\/\]: # \(pr-insights:sonarqube/);
  });

  it.each(FORMATS)('CLI --dry-run --report %s exits %d', async (path, code, headline) => {
    const r = await runBundle({ node, args: ['--dry-run', '--report', fixture(path)], env: { TOKEN: SECRET } });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code, stderr: expect.any(String) });
    expect(r.stdout).toMatch(headline);
    expect(r.stdout).toContain('── Code Insights report');
    expect(r.stdout).toContain('── build status');
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });
});

describe('dry run in each front end', () => {
  it('--json prints one machine-readable result on stdout and logs on stderr', async () => {
    const r = await runBundle({ args: ['--dry-run', '--json', '--report', fixture('sonarqube/project-status-10x-error.json'), '--issues', fixture('sonarqube/issues-10x.json')] });
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as Record<string, any>;
    expect(result).toMatchObject({ dryRun: true, exitCode: 1, reportType: 'quality-gate', format: 'sonarqube-project-status', reportId: 'sonarqube', outcome: 'fail' });
    expect(result['outputs']['result']).toBe('failed');
    expect(result['decorations']['insight']['annotations'].length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/quality gate: failed/i);
  });

  it('says where it would publish: platform, repository, pull request and commit, in the log and in --json', async () => {
    const sha = 'c'.repeat(40);
    const args = ['--dry-run', '--json', '--report', fixture('sonarqube/project-status-10x-error.json')];
    const r = await runBundle({ args: [...args, '--repository', 'https://git.example.com/bitbucket/projects/SHOP/repos/web', '--pull-request', '5', '--commit', sha] });
    expect(r.stderr).toContain(`would publish to Bitbucket Data Center SHOP/web at https://git.example.com/bitbucket, pull request #5, commit ${sha.slice(0, 12)}`);
    expect(JSON.parse(r.stdout)['target']).toEqual({
      platform: 'bitbucket-data-center',
      repository: 'https://git.example.com/bitbucket/projects/SHOP/repos/web',
      pullRequest: 5,
      commit: sha,
    });
    const none = await runBundle({ args });
    expect(JSON.parse(none.stdout)).not.toHaveProperty('target');
    expect(none.stderr).not.toContain('would publish to');
  });

  it('as a Bitbucket Pipe, with the variables Bitbucket sets for a pull-request pipeline', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'clone-'));
    writeFileSync(join(clone, 'gate.json'), readFileSync(fixture('sonarqube/project-status-10x-error.json')));
    const r = await runBundle({
      cwd: clone,
      env: {
        CI: 'true',
        BITBUCKET_BUILD_NUMBER: '42',
        BITBUCKET_PIPELINE_UUID: '{6f4e2b1c-0000-4000-8000-000000000001}',
        BITBUCKET_STEP_UUID: '{6f4e2b1c-0000-4000-8000-000000000002}',
        BITBUCKET_COMMIT: '8f3c2a1d9e0b4c7f6a5d3e2b1c0f9e8d7a6b5c4d',
        BITBUCKET_CLONE_DIR: clone,
        BITBUCKET_WORKSPACE: 'acme',
        BITBUCKET_REPO_SLUG: 'checkout',
        BITBUCKET_REPO_FULL_NAME: 'acme/checkout',
        BITBUCKET_BRANCH: 'feature/refunds',
        BITBUCKET_PR_ID: '7',
        BITBUCKET_PR_DESTINATION_BRANCH: 'main',
        BITBUCKET_GIT_HTTP_ORIGIN: 'http://bitbucket.org/acme/checkout',
        BITBUCKET_PIPE_STORAGE_DIR: join(clone, '.pipe'),
        BITBUCKET_PIPE_SHARED_STORAGE_DIR: join(clone, '.shared'),
        REPORT: 'gate.json',
        DRY_RUN: 'true',
        TOKEN: SECRET,
      },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/quality gate: failed/i);
    expect(r.stderr).toMatch(/✖ dry run: nothing was sent/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('as a GitHub Action: INPUT_* variables, the pull_request event, outputs and the job summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gha-'));
    const event = join(dir, 'event.json');
    const output = join(dir, 'output');
    const summary = join(dir, 'summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    writeFileSync(
      event,
      JSON.stringify({
        action: 'synchronize',
        number: 12,
        pull_request: { number: 12, head: { sha: 'a'.repeat(40), ref: 'feature/x', repo: { full_name: 'acme/checkout' } }, base: { ref: 'main', sha: 'b'.repeat(40) } },
        repository: { full_name: 'acme/checkout' },
      }),
    );
    const r = await runBundle({
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION_REPOSITORY: 'prinsights/pr-insights',
        GITHUB_REPOSITORY: 'acme/checkout',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: 'c'.repeat(40),
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: 'https://api.github.com',
        GITHUB_RUN_ID: '99',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        INPUT_REPORT: fixture('data-diff/dbt-models.jsonl'),
        'INPUT_DRY-RUN': 'true',
        INPUT_TOKEN: SECRET,
      },
    });
    expect(r.code).toBe(1);
    const outputs = readFileSync(output, 'utf8');
    expect(outputs).toMatch(/result<<ghadelimiter_[\s\S]*failed/);
    expect(outputs).toMatch(/report-type<<ghadelimiter_[\s\S]*data-diff/);
    expect(outputs).toMatch(/rows-added<</);
    expect(readFileSync(summary, 'utf8')).toMatch(/Data diff/);
    expect(r.stdout).toContain(`::add-mask::${SECRET}`);
    const rest = r.stdout.replace(`::add-mask::${SECRET}`, '') + r.stderr + outputs + readFileSync(summary, 'utf8');
    expect(rest).not.toContain(SECRET);
  });
});

describe('what a reviewer and a pipeline author see', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wording-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const dryRun = async (args: string[]) => {
    const r = await runBundle({ args: ['--dry-run', '--json', ...args] });
    return { code: r.code, stderr: r.stderr, result: JSON.parse(r.stdout) as Record<string, any> };
  };

  it('a NONE gate is "no quality gate", neutral, and fails the step only under FAIL_ON=warning', async () => {
    const none = fixture('sonarqube/project-status-none.json');
    const byDefault = await dryRun(['--report', none]);
    expect(byDefault.code).toBe(0);
    expect(byDefault.result['decorations']['comment']['markdown']).toMatch(/^⚪ \*\*SonarQube quality gate: no quality gate\*\*/);
    const strict = await dryRun(['--report', none, '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
    expect(strict.result).toMatchObject({ exitCode: 1, outcome: 'fail', decorations: { insight: { result: 'fail' }, status: { state: 'failure' } } });
  });

  it('a 6.x gate words its warning thresholds as warnings', async () => {
    const { code, result } = await dryRun(['--report', fixture('sonarqube/project-status-warn-legacy.json')]);
    expect(code).toBe(0);
    const markdown = result['decorations']['comment']['markdown'] as string;
    expect(markdown).toContain('| Status | Condition | Value | Fails when | Warns when |');
    expect(markdown).toContain('| ⚠️ Warning | Coverage | **64.3%** | is less than 50% | is less than 70% |');
    expect(markdown).toContain('| ✅ Passed | Technical Debt | 1h 35min | — | is greater than 1d |');
    expect(markdown).not.toContain('❌');
  });

  it.each([
    ['a SonarQube error body', 'error.json', JSON.stringify({ errors: [{ msg: 'Insufficient privileges' }] }), /SonarQube error response.*"Insufficient privileges".*check the token/],
    ['an HTML login page', 'login.html', '<!DOCTYPE html>\n<html><body><form><input name="login"><input type="password"></form></body></html>', /HTML login page.*check the token/],
  ])('%s given as REPORT is named for what it is', async (_name, name, text, message) => {
    const r = await runBundle({ args: ['--dry-run', '--report', file(name, text)] });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/not a report in any format/);
  });

  it('invalid JSON keeps its line and column when REPORT_TYPE forces the kind', async () => {
    const broken = file('broken.json', '[\n{"projectStatus": {"status": "OK",}}\n]\n');
    const r = await runBundle({ args: ['--dry-run', '--report', broken, '--report-type', 'quality-gate'] });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: invalid JSON at line 2, column 35/);
  });
});

describeWithShared('dry run on every sample in ../shared/samples', () => {
  const sample = (name: string) => join(sharedDir, 'samples', name);
  it.each([
    ['sonarqube-project_status-error-official-example.json', 1, /quality gate: failed/i],
    ['data-diff-dbt-json-different.json', 0, /Data diff/],
    ['data-diff-stats-json.json', 0, /Data diff/],
    ['datafold-summary_results-success.json', 0, /Data diff/],
  ])('%s renders', async (name, code, headline) => {
    const r = await runBundle({ args: ['--dry-run', '--report', sample(name)] });
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(headline);
  });

  it.each([
    ['sonarqube-ce_task-success-official-example.json', /Compute Engine task.*analysisId/],
    ['sonarqube-issues_search-10x-official-example.json', /pass it as ISSUES/],
  ])('%s is refused with what to pass instead', async (name, advice) => {
    const r = await runBundle({ args: ['--dry-run', '--report', sample(name)] });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(advice);
  });

  it("the scanner's report-task.txt as REPORT is read live, so it needs SONAR_TOKEN", async () => {
    const r = await runBundle({ args: ['--dry-run', '--report', sample('sonarqube-report-task-pull-request.txt')] });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SONAR_TOKEN/);
  });

  it('the issues sample feeds annotations next to the gate sample', async () => {
    const r = await runBundle({
      args: ['--dry-run', '--json', '--report', sample('sonarqube-project_status-error-official-example.json'), '--issues', sample('sonarqube-issues_search-10x-official-example.json')],
    });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { reportType: string }).reportType).toBe('quality-gate');
  });
});
