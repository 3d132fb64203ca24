// Datafold Cloud as a live source, end to end: the built bundle against the loopback fake Datafold
// (and a fake Bitbucket Cloud to publish to), run as a pipe (the README's example as written), a
// GitHub Action and a CLI.
import { expectNoSecret } from '../support/secrets.js';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBitbucketCloud } from '../fakes/index.js';
import { startDatafold, type DatafoldFake } from '../fakes/datafold/index.js';
import { runBundle } from '../support/run-bundle.js';
import { runAction } from './action-runner.js';
import { PR_HEAD, pipeVariables, pipelinesClone, readmeExamples, REPO } from './thresholds-readme.js';

let datafold: DatafoldFake;
const GH_TOKEN = 'datafold-e2e-github-token-0123';

beforeEach(async () => {
  datafold = await startDatafold({ dataSources: [{ id: 7, name: 'warehouse' }] });
});
afterEach(async () => {
  expect(datafold.violations).toEqual([]);
  await datafold.close();
});

const seed = (table2: string[], plan: Parameters<DatafoldFake['state']['addDiff']>[1]) =>
  datafold.state.addDiff({ data_source1_id: 7, data_source2_id: 7, table1: ['ANALYTICS', 'PROD', table2.at(-1)!], table2, pk_columns: ['id'] }, plan).id;

const cli = (env: Record<string, string>, args: string[] = ['--dry-run']) =>
  runBundle({ args, env: { DATAFOLD_HOST: datafold.url, DATAFOLD_API_KEY: datafold.apiKey, ...env } });

function noSecret(...outputs: string[]): void {
  expectNoSecret(outputs, datafold.apiKey);
}

describe("the README's Datafold example, as a Bitbucket Pipe", () => {
  it('works as written: diffs created from the config, polled, judged, published with links', async () => {
    const cloud = await startBitbucketCloud();
    try {
      cloud.state.addRepository({ workspace: 'acme', slug: 'analytics' });
      cloud.state.addPullRequest(REPO, { id: 42, sourceBranch: 'feature/orders', sourceCommit: PR_HEAD });
      datafold.state.planFor({ table2: ['ANALYTICS', 'DBT_CI', 'FCT_ORDERS'] }, {
        inFlightWord: 'pending',
        outcome: { status: 'done', results: { rows: { base: 10_000, head: 10_000, changed: 1_240 }, columns: { amount: 1_240 }, dependencies: [{ itemType: 'hightouch', name: 'orders_to_crm' }] } },
      });
      datafold.state.planFor({ table2: ['ANALYTICS', 'DBT_CI', 'DIM_CUSTOMERS'] }, {
        outcome: { status: 'done', results: { rows: { base: 2_000, head: 2_000, changed: 30 }, columns: { email: 30 }, pkNulls: [0, 0] } },
      });
      const { datafoldConfig, datafoldStep } = readmeExamples();
      const { clone, env } = pipelinesClone({ '.pr-insights.yml': datafoldConfig });
      const variables = pipeVariables(datafoldStep, { DATAFOLD_API_KEY: datafold.apiKey, PR_INSIGHTS_TOKEN: cloud.credentials.bearer });
      const r = await runBundle({ cwd: clone, env: { ...env, ...variables, DATAFOLD_HOST: datafold.url, API_URL: cloud.url } });

      expect(r.code).toBe(1);
      expect(datafold.creates()).toHaveLength(2);
      expect(r.stderr).toMatch(/Datafold: waiting for 2 data diffs: \d of 2 finished/);
      const markdown = cloud.state.comments(REPO, 42)[0]!.raw;
      expect(markdown.split('\n')[0]).toBe(
        '❌ **Data diff: failed** — 1 of 2 models over thresholds: fct\\_orders (12.4 % rows changed &gt; 5 %); 1 warns',
      );
      expect(markdown).toContain(`| ❌ [fct\\_orders](${datafold.url}/datadiffs/1001/overview) | 0 | 0 | **1,240** ❌ | 8,760 | 87.6% | ❌ 12.4 % rows changed &gt; 5 % |`);
      expect(markdown).toContain('| ⚠️ [ANALYTICS.DBT\\_CI.DIM\\_CUSTOMERS]');
      expect(markdown).toContain('downstream: 1 (hightouch orders\\_to\\_crm)');
      expect(cloud.state.report(REPO, PR_HEAD, 'data-diff')?.fields['result']).toBe('FAILED');
      noSecret(r.stdout, r.stderr, markdown, JSON.stringify(cloud.requests), JSON.stringify(datafold.requests));
      expect(r.stdout + r.stderr).not.toContain(cloud.credentials.bearer);
    } finally {
      await cloud.close();
    }
  });
});

describe('as a CLI', () => {
  it('existing diffs: named after their own table2; a failed diff fails with its error; a pending one is waited for', async () => {
    const orders = seed(['ANALYTICS', 'PR_42', 'ORDERS'], { inFlightWord: 'pending', inFlightPolls: 3, outcome: { status: 'done', results: { rows: { base: 100, head: 100 } } } });
    const broken = seed(['ANALYTICS', 'PR_42', 'REFUNDS'], { outcome: { status: 'failed', error: { error_type: 'NoSuchTableException', error_value: 'ANALYTICS.PR_42.REFUNDS' } } });
    const r = await cli({ DATAFOLD_DIFF_IDS: `${orders},${broken}` }, ['--dry-run', '--json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as { format: string; outputs: Record<string, string>; decorations: { comment: { markdown: string } } };
    expect(result.format).toBe('datafold-live');
    expect(result.outputs).toMatchObject({ 'models-failed': '1', 'models-warned': '0' });
    expect(result.decorations.comment.markdown).toContain('| ❌ [ANALYTICS.PR\\_42.REFUNDS]');
    expect(result.decorations.comment.markdown).toContain('**Failed:** NoSuchTableException: ANALYTICS.PR\\_42.REFUNDS');
    expect(result.decorations.comment.markdown).toContain('| ✅ [ANALYTICS.PR\\_42.ORDERS]');
    expect(datafold.creates()).toEqual([]);
    noSecret(r.stdout, r.stderr);
  });

  it('a diff still running at WAIT_TIMEOUT: exit 3, which diffs, nothing published', async () => {
    const slow = seed(['ANALYTICS', 'PR_42', 'ORDERS'], { inFlightPolls: 10_000 });
    const r = await cli({ DATAFOLD_DIFF_IDS: String(slow), WAIT_TIMEOUT: '1' }, []);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`Datafold diffs still running after WAIT_TIMEOUT (1 s): ANALYTICS.PR_42.ORDERS (diff ${slow}, processing); nothing was published`);
    noSecret(r.stdout, r.stderr);
  });

  it('a bad API key: exit 3 naming DATAFOLD_API_KEY, the key shown nowhere', async () => {
    const id = seed(['ANALYTICS', 'PR_42', 'ORDERS'], {});
    const badKey = 'dfk-revoked-0123456789abcdef';
    const r = await cli({ DATAFOLD_DIFF_IDS: String(id), DATAFOLD_API_KEY: badKey });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Datafold refused DATAFOLD_API_KEY (401: Invalid API key)');
    expect(r.stdout + r.stderr).not.toContain(badKey);
    expect(JSON.stringify(datafold.requests)).not.toContain(badKey);
  });

  it("a create Datafold refuses (422): exit 2, Datafold's message at the config entry's line", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(
      join(dir, '.pr-insights.yml'),
      'datafold:\n  diffs:\n    - model: orders\n      data-source-id: 99\n      table1: PROD.ORDERS\n      table2: PR.ORDERS\n      primary-key: [id]\n',
    );
    const r = await runBundle({ cwd: dir, args: ['--dry-run=false', '--repository', REPO, '--commit', PR_HEAD], env: { DATAFOLD_HOST: datafold.url, DATAFOLD_API_KEY: datafold.apiKey, TOKEN: GH_TOKEN } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.pr-insights\.yml:4:23 at datafold\.diffs\[0\]\.data-source-id: Datafold refused to create the diff of orders \(422\): .+ \(nothing was sent\)/);
    noSecret(r.stdout, r.stderr);
  });
});

describe('as a GitHub Action', () => {
  it('a dry run reads existing diffs, creates none and says which it would create; outputs the counts', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'gha-'));
    writeFileSync(join(workspace, '.pr-insights.yaml'), readmeExamples().datafoldConfig);
    const existing = seed(['ANALYTICS', 'PR_42', 'ORDERS'], { outcome: { status: 'done', results: { rows: { base: 100, head: 100, changed: 2 } } } });
    const r = await runAction({
      workspace,
      event: 'push',
      payload: {},
      env: { GITHUB_REPOSITORY: 'acme/analytics', GITHUB_SHA: PR_HEAD },
      with: { 'dry-run': 'true', 'datafold-host': datafold.url, 'datafold-api-key': datafold.apiKey, 'datafold-diff-ids': String(existing), token: GH_TOKEN },
    });
    expect(datafold.creates()).toEqual([]);
    expect(r.stdout + r.stderr).toContain('dry run: would create a Datafold diff for fct_orders (ANALYTICS.PROD.FCT_ORDERS → ANALYTICS.DBT_CI.FCT_ORDERS)');
    // GITHUB_OUTPUT as the step left it (and its summary): the raw `name<<delimiter` form.
    const outputs = r.files;
    // 2 % of rows changed: over the README's 1 % warn level.
    expect(outputs).toMatch(/models-warned<<ghadelimiter_\S+\n1\n/);
    expect(outputs).toMatch(/models-failed<<ghadelimiter_\S+\n0\n/);
    expect(r.code).toBe(0);
    noSecret(r.stdout, r.stderr, outputs);
  });
});
