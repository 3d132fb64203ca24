// Thresholds end to end: the built bundle judging a data diff against the config file's
// `thresholds:` and THRESHOLDS, run as a pipe (the README's dbt example, to a fake Bitbucket Cloud),
// as a GitHub Action and as a CLI.
import { expectNoSecret } from '../support/secrets.js';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBitbucketCloud } from '../fakes/index.js';
import { repoRoot } from '../support/paths.js';
import { runBundle } from '../support/run-bundle.js';
import { runAction } from './action-runner.js';
import { PR_HEAD, pipeVariables, pipelinesClone, readmeExamples, REPO } from './thresholds-readme.js';

type Cloud = Awaited<ReturnType<typeof startBitbucketCloud>>;
const DBT = readFileSync(join(repoRoot, 'test/fixtures/reports/data-diff/dbt-models.jsonl'), 'utf8');
const SECRET = 'thresholds-e2e-secret-token-0123';

describe("the README's dbt example, as a Bitbucket Pipe", () => {
  let cloud: Cloud;
  beforeEach(async () => {
    cloud = await startBitbucketCloud();
    cloud.state.addRepository({ workspace: 'acme', slug: 'analytics' });
    cloud.state.addPullRequest(REPO, { id: 42, sourceBranch: 'feature/orders', sourceCommit: PR_HEAD });
  });
  afterEach(async () => {
    expect(cloud.violations).toEqual([]);
    await cloud.close();
  });

  it('works as written: the models over thresholds fail the step, and every decoration says which', async () => {
    const { dbtStep, dbtConfig } = readmeExamples();
    const { clone, env } = pipelinesClone({ '.pr-insights.yml': dbtConfig, 'data-diff.jsonl': DBT });
    const variables = pipeVariables(dbtStep, { PR_INSIGHTS_TOKEN: cloud.credentials.bearer });
    const r = await runBundle({ cwd: clone, env: { ...env, ...variables, API_URL: cloud.url, PUBLISH: 'comment,insights,status' } });

    expect(r.code).toBe(1);
    const [comment] = cloud.state.comments(REPO, 42).filter((c) => !c.deleted);
    const markdown = comment!.raw;
    // orders changed 2 of 10 rows (20 % > 10 %); refunds could not be diffed; stg_* is exempt from rows-changed.
    expect(markdown.split('\n')[0]).toBe(
      '❌ **Data diff: failed** — 2 of 5 models over thresholds: refunds (could not be diffed), orders (20 % rows changed &gt; 10 %)',
    );
    expect(markdown).toContain('| ❌ orders | 2 | 1 | **2** ❌ | 7 | 63.6% | ❌ 20 % rows changed &gt; 10 % · ⚠️ schema changed: 1 column added, 1 column removed, 1 column retyped |');
    expect(markdown).toMatch(/\| ✅ stg\\_events \| 0 \| 0 \| 5 \| 995 \| 99\.5% \| within thresholds \|/);
    const report = cloud.state.report(REPO, PR_HEAD, 'data-diff');
    expect(report?.fields['result']).toBe('FAILED');
    expect(String(report?.fields['details'])).toContain('Over thresholds:');
    expect(cloud.state.status(REPO, PR_HEAD, 'data-diff')?.fields).toMatchObject({ state: 'FAILED', description: expect.stringMatching(/^Failed: 2 of 5 models over thresholds: refunds/) });
    expect(r.stdout + r.stderr + markdown).not.toContain(cloud.credentials.bearer);
  });
});

describe('THRESHOLDS and the config file from each front end', () => {
  const report = join(repoRoot, 'test/fixtures/reports/data-diff/dbt-models.jsonl');

  it('CLI: --thresholds alone; pass, warn and fail across models; FAIL_ON=warning fails on the warning', async () => {
    // Only schema changes warn: orders warns, refunds (not diffed) fails, the others pass.
    const args = ['--dry-run', '--json', '--report', report, '--thresholds', '{schema-changes: warn}'];
    const failing = await runBundle({ args, env: { TOKEN: SECRET } });
    expect(failing.code).toBe(1);
    const result = JSON.parse(failing.stdout) as { verdict: string; outputs: Record<string, string> };
    expect(result.verdict).toBe('fail');
    expect(result.outputs).toMatchObject({ 'models-failed': '1', 'models-warned': '1' });

    const ignoringFailures = await runBundle({ args: [...args.slice(0, -1), '{schema-changes: warn, failed-diffs: ignore}'] });
    expect(JSON.parse(ignoringFailures.stdout)).toMatchObject({ verdict: 'warn', exitCode: 0, outputs: { 'models-failed': '0', 'models-warned': '1' } });
    const strict = await runBundle({ args: [...args.slice(0, -1), '{schema-changes: warn, failed-diffs: ignore}', '--fail-on', 'warning'] });
    expect(strict.code).toBe(1);
    expect(failing.stdout + failing.stderr).not.toContain(SECRET);
  });

  it('as a GitHub Action: the workspace config file, THRESHOLDS from an input merged over it, models-failed and models-warned', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'gha-'));
    writeFileSync(join(workspace, '.pr-insights.yml'), 'thresholds:\n  default:\n    rows-changed: {fail: 5%}\n  models:\n    "model.jaffle_shop.orders":\n      rows-changed: {fail: 50%}\n');
    const r = await runAction({
      workspace,
      event: 'push',
      payload: {},
      env: { GITHUB_REPOSITORY: 'acme/analytics', GITHUB_SHA: PR_HEAD },
      with: { report, 'dry-run': 'true', thresholds: '{failed-diffs: warn}', token: SECRET },
    });
    // GITHUB_OUTPUT as the step left it (and its summary): the raw `name<<delimiter` form.
    const outputs = r.files;
    // orders: 20 % is within its own 50 %; refunds warns instead of failing; nothing fails.
    expect(outputs).toMatch(/models-failed<<ghadelimiter_\S+\n0\n/);
    expect(outputs).toMatch(/models-warned<<ghadelimiter_\S+\n1\n/);
    expect(outputs).toMatch(/result<<ghadelimiter_\S+\nwarning\n/);
    expect(r.code).toBe(0);
    expectNoSecret([r.stdout, r.stderr, outputs], SECRET);
  });

  it('bad thresholds: exit 2 naming the setting, the key and what was expected; nothing sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, '.pr-insights.yml'), 'thresholds:\n  models:\n    orders:\n      rows-changed: {fail: 5 percent}\n');
    const fromFile = await runBundle({ cwd: dir, args: ['--report', report, '--repository', 'acme/analytics', '--commit', PR_HEAD], env: { TOKEN: SECRET } });
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain(".pr-insights.yml:4:28 at thresholds.models.orders.rows-changed.fail: expected a count of rows (e.g. 500) or a percent of the base table's rows (e.g. 5%) (nothing was sent)");
    const fromSetting = await runBundle({ args: ['--report', report, '--thresholds', '{rows-changed: {fail: 500%}}'], env: { TOKEN: SECRET } });
    expect(fromSetting.code).toBe(2);
    expect(fromSetting.stderr).toContain('--thresholds (column 23) at rows-changed.fail: expected a percent from 0% to 100%, got 500%');
  });
});
