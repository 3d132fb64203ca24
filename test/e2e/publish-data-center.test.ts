// The built bundle publishing to a loopback fake Bitbucket Data Center that validates every body
// against Atlassian's OpenAPI description (when ../shared is present).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fakeSha, startBitbucketDataCenter } from '../fakes/index.js';
import { repoRoot } from '../support/paths.js';
import { runBundle } from '../support/run-bundle.js';

type Dc = Awaited<ReturnType<typeof startBitbucketDataCenter>>;
const gate = join(repoRoot, 'test/fixtures/reports/sonarqube/project-status-10x-error.json');
const issues = join(repoRoot, 'test/fixtures/reports/sonarqube/issues-10x.json');
const head = fakeSha('feature-head');

describe.each([
  ['a project repository behind a context path', 'PRJ', 'repo', '/bitbucket'],
  ['a personal repository', '~jdoe', 'tools', ''],
])('publishing to Bitbucket Data Center: %s', (_name, project, slug, contextPath) => {
  let dc: Dc;
  const ref = `${project}/${slug}`;
  const env = (extra: Record<string, string> = {}) => ({
    REPOSITORY: dc.repositoryUrl(project, slug),
    COMMIT: head,
    TOKEN: dc.credentials.bearer,
    REPORT: gate,
    ISSUES: issues,
    PUBLISH: 'comment,insights,status',
    ...extra,
  });
  const run = (extra: Record<string, string> = {}) => runBundle({ env: env(extra) });
  const noSecret = (r: { stdout: string; stderr: string }) => expect(r.stdout + r.stderr).not.toContain(dc.credentials.bearer);

  beforeEach(async () => {
    dc = await startBitbucketDataCenter({ contextPath });
    dc.state.addRepository({ project, slug });
    dc.state.addPullRequest(ref, { id: 3, fromBranch: 'feature/refunds', fromCommit: head });
    dc.state.addPullRequest(ref, { id: 4, fromBranch: 'other', fromCommit: fakeSha('other') });
  });
  afterEach(async () => {
    expect(dc.violations).toEqual([]);
    await dc.close();
  });

  it('first run: one comment on the PR found by commit, a report with annotations, a build status', async () => {
    const r = await run();
    expect(r.stderr).toMatch(/published: comment created on PR #3/);
    expect(r.code).toBe(1); // the gate fails
    const comments = dc.state.comments(ref, 3);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.text).toMatch(/quality gate: failed/i);
    expect(dc.state.comments(ref, 4)).toHaveLength(0);
    expect(dc.state.report(ref, head, 'sonarqube')).toBeDefined();
    expect(dc.state.annotations(ref, head, 'sonarqube').length).toBeGreaterThan(0);
    expect(dc.state.buildStatus(head, 'sonarqube')?.fields).toMatchObject({ state: 'FAILED', key: 'sonarqube' });
    noSecret(r);
  });

  it('re-run with nothing changed: still one comment, no comment write, report replaced', async () => {
    await run();
    const annotationsBefore = dc.state.annotations(ref, head, 'sonarqube').length;
    const before = dc.requests.length;
    const r = await run();
    expect(r.code).toBe(1);
    const rerun = dc.requests.slice(before);
    expect(rerun.filter((q) => /comments/.test(q.path) && q.method !== 'GET')).toEqual([]);
    expect(dc.state.comments(ref, 3)).toHaveLength(1);
    expect(dc.state.annotations(ref, head, 'sonarqube')).toHaveLength(annotationsBefore);
    noSecret(r);
  });

  it('two runs at the same time leave one comment', async () => {
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(dc.state.comments(ref, 3).filter((c) => c.text.includes('pr-insights:sonarqube'))).toHaveLength(1);
  });

  it('a run for a commit that is no longer the head leaves the comment alone', async () => {
    await run();
    const text = dc.state.comments(ref, 3)[0]!.text;
    const r = await run({ COMMIT: fakeSha('older'), PULL_REQUEST: '3', REPORT: join(repoRoot, 'test/fixtures/reports/sonarqube/project-status-ok.json') });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/newer commit is the PR's head|head is now/);
    expect(dc.state.comments(ref, 3)[0]!.text).toBe(text);
  });

  it('wrong credentials: exit 3, an actionable message, nothing leaked', async () => {
    const r = await run({ TOKEN: 'not-a-real-token-123456' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/401/);
    expect(r.stderr).toMatch(/TOKEN|credentials/);
    expect(r.stdout + r.stderr).not.toContain('not-a-real-token-123456');
  });
});

describe('Bitbucket Data Center older than 7.14', () => {
  it('falls back to the legacy build-status API', async () => {
    const dc = await startBitbucketDataCenter({ legacyBuildStatusOnly: true });
    try {
      dc.state.addRepository({ project: 'PRJ', slug: 'repo' });
      const r = await runBundle({
        env: { REPOSITORY: dc.repositoryUrl('PRJ', 'repo'), COMMIT: head, TOKEN: dc.credentials.bearer, REPORT: gate, PUBLISH: 'status' },
      });
      expect(r.code).toBe(1);
      expect(dc.state.buildStatus(head, 'sonarqube')?.fields).toMatchObject({ state: 'FAILED', key: 'sonarqube' });
      expect(dc.violations).toEqual([]);
    } finally {
      await dc.close();
    }
  });
});
