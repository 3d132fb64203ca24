// The built bundle publishing to a loopback fake Bitbucket Cloud that validates every body against
// the vendor's OpenAPI description (when ../shared is present), directly and through the
// Pipelines auth proxy, started with the variables Bitbucket Pipelines sets.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeSha, startBitbucketCloud, startPipelinesProxy } from '../fakes/index.js';
import { repoRoot } from '../support/paths.js';
import { runBundle } from '../support/run-bundle.js';

type Cloud = Awaited<ReturnType<typeof startBitbucketCloud>>;
const gate = join(repoRoot, 'test/fixtures/reports/sonarqube/project-status-10x-error.json');
const issues = join(repoRoot, 'test/fixtures/reports/sonarqube/issues-10x.json');
const head = fakeSha('cloud-head');
const REF = 'acme/shop';

/** What Bitbucket Pipelines sets in a branch pipeline (no BITBUCKET_PR_ID: the PR must be looked up). */
function pipelinesEnv(extra: Record<string, string> = {}): Record<string, string> {
  const clone = mkdtempSync(join(tmpdir(), 'clone-'));
  return {
    CI: 'true',
    BITBUCKET_BUILD_NUMBER: '17',
    BITBUCKET_PIPELINE_UUID: '{00000000-0000-4000-8000-000000000017}',
    BITBUCKET_COMMIT: head,
    BITBUCKET_CLONE_DIR: clone,
    BITBUCKET_WORKSPACE: 'acme',
    BITBUCKET_REPO_SLUG: 'shop',
    BITBUCKET_REPO_FULL_NAME: REF,
    BITBUCKET_BRANCH: 'feature/cart',
    BITBUCKET_GIT_HTTP_ORIGIN: 'http://bitbucket.org/acme/shop',
    REPORT: gate,
    ISSUES: issues,
    ...extra,
  };
}

describe('publishing to Bitbucket Cloud from Bitbucket Pipelines', () => {
  let cloud: Cloud;
  const withToken = (extra: Record<string, string> = {}) =>
    pipelinesEnv({ API_URL: cloud.url, TOKEN: cloud.credentials.bearer, PUBLISH: 'comment,insights,status', ...extra });

  beforeEach(async () => {
    cloud = await startBitbucketCloud();
    cloud.state.addRepository({ workspace: 'acme', slug: 'shop' });
    cloud.state.addPullRequest(REF, { id: 7, sourceBranch: 'feature/cart', sourceCommit: head });
  });
  afterEach(async () => {
    expect(cloud.violations).toEqual([]);
    await cloud.close();
  });

  it('first run and re-run: one comment, the report replaced, a status; no comment write when nothing changed', async () => {
    const first = await runBundle({ env: withToken() });
    expect(first.stderr).toMatch(/published: comment created on PR #7/);
    expect(first.code).toBe(1);
    expect(cloud.state.report(REF, head, 'sonarqube')).toBeDefined();
    const annotations = cloud.state.annotations(REF, head, 'sonarqube').length;
    expect(annotations).toBeGreaterThan(0);
    expect(cloud.state.status(REF, head, 'sonarqube')).toBeDefined();

    const before = cloud.requests.length;
    const again = await runBundle({ env: withToken() });
    expect(again.code).toBe(1);
    expect(cloud.requests.slice(before).filter((q) => /comments/.test(q.path) && q.method !== 'GET')).toEqual([]);
    expect(cloud.state.comments(REF, 7).filter((c) => !c.deleted)).toHaveLength(1);
    expect(cloud.state.annotations(REF, head, 'sonarqube')).toHaveLength(annotations);
    for (const r of [first, again]) expect(r.stdout + r.stderr).not.toContain(cloud.credentials.bearer);
  });

  it('two runs at the same time leave one comment', async () => {
    await Promise.all([runBundle({ env: withToken() }), runBundle({ env: withToken() })]);
    expect(cloud.state.comments(REF, 7).filter((c) => !c.deleted && c.raw.includes('pr-insights:sonarqube'))).toHaveLength(1);
  });

  it('finds the PR by branch while Bitbucket still indexes commits (202)', async () => {
    await cloud.close();
    cloud = await startBitbucketCloud();
    cloud.state.addRepository({ workspace: 'acme', slug: 'shop', commitLinks: 'indexing-202' });
    cloud.state.addPullRequest(REF, { id: 9, sourceBranch: 'feature/cart', sourceCommit: head });
    const r = await runBundle({ env: withToken() });
    expect(r.stderr).toMatch(/comment created on PR #9/);
  });

  it('retries a 429 with Retry-After and still publishes', async () => {
    cloud.setFault({ kind: 'rate-limit', times: 2, retryAfterSeconds: 1 });
    const r = await runBundle({ env: withToken() });
    expect(r.code).toBe(1);
    expect(cloud.state.comments(REF, 7).filter((c) => !c.deleted)).toHaveLength(1);
  });

  it('a token without access: exit 3, says what was and was not published, names the fix, leaks nothing', async () => {
    const r = await runBundle({ env: withToken({ TOKEN: 'revoked-token-abcdef123456' }) });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Nothing was published|Not published/);
    expect(r.stderr).toMatch(/401/);
    expect(r.stdout + r.stderr).not.toContain('revoked-token-abcdef123456');
  });

  it('without a token, inside a pipe: Code Insights through the auth proxy (no CONNECT), comment skipped with the reason', async () => {
    const proxy = await startPipelinesProxy({ cloud });
    try {
      const env = pipelinesEnv({ BITBUCKET_PIPE_STORAGE_DIR: '/tmp/pipe', PR_INSIGHTS_PIPELINES_PROXY: proxy.url });
      const r = await runBundle({ env });
      expect(r.code).toBe(1);
      expect(cloud.state.report(REF, head, 'sonarqube')).toBeDefined();
      expect(cloud.state.comments(REF, 7)).toHaveLength(0);
      expect(r.stderr).toMatch(/comment.*TOKEN/);
      expect(proxy.requests.length).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  });
});
