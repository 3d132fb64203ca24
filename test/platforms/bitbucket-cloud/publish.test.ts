import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { CLOUD_BOT_USER, PIPELINES_PROXY_USER, startPipelinesProxy, type BitbucketCloudFake, type PipelinesProxy } from '../../fakes/index.js';
import { hasShared } from '../../support/paths.js';
import { startUserEndpoint, type UserEndpointFront } from './user-endpoint.js';
import { ALL, annotation, BRANCH, cloudRun, commentBody, commentWrites, decorations, HEAD, liveComments, OLDER, PR_ID, REPO, REPORT_ID, run, startCloud, type Run } from './harness.js';

let cloud: BitbucketCloudFake;
const runs: Run[] = [];
const newRun = (...args: Parameters<typeof cloudRun>) => {
  const r = cloudRun(...args);
  runs.push(r);
  return r;
};

beforeEach(async () => {
  cloud = await startCloud();
});

const fronts: UserEndpointFront[] = [];

afterEach(async () => {
  runs.length = 0;
  for (const front of fronts.splice(0)) await front.close();
  expect(cloud.violations).toEqual([]);
  await cloud.close();
});

describe('Bitbucket Cloud: publishing a run', () => {
  // The fake validates against the vendor spec whenever ../shared is beside the clone.
  (hasShared ? it : it.skip)('validates request bodies against the vendor spec', () => {
    expect(cloud.specValidation.enabled).toBe(true);
  });

  it('first run: finds the PR by commit, creates the comment, the report with annotations and the build status', async () => {
    const result = await run(newRun(cloud.url), decorations(), { branch: BRANCH });

    expect(result.pullRequests).toEqual([PR_ID]);
    expect(result.published).toEqual(
      expect.arrayContaining([`comment created on PR #${PR_ID}`, expect.stringContaining('with 3 annotations'), expect.stringContaining('build status "sonarqube"')]),
    );
    expect(liveComments(cloud).map((c) => c.raw)).toEqual([decorations().comment.markdown]);
    expect(cloud.requests.some((q) => q.operation === 'pullrequests.list')).toBe(false);

    const report = cloud.state.report(REPO, HEAD, REPORT_ID);
    expect(report?.fields).toMatchObject({ title: 'SonarQube quality gate', result: 'FAILED', report_type: 'BUG', reporter: 'pr-insights' });
    expect(report?.fields['data']).toContainEqual({ title: 'Analysis', type: 'LINK', value: { text: 'Go to SonarQube', href: 'https://sonar.example.com/dashboard?id=widgets' } });
    const annotations = cloud.state.annotations(REPO, HEAD, REPORT_ID).map((a) => ({ external_id: a.externalId, ...a.fields }));
    expect(annotations).toEqual([
      { external_id: 'ISSUE-1', annotation_type: 'CODE_SMELL', summary: 'Issue number 1', severity: 'CRITICAL', path: 'src/file1.ts', line: 2 },
      { external_id: 'ISSUE-2', annotation_type: 'CODE_SMELL', summary: 'Issue number 2', severity: 'HIGH', path: 'src/file2.ts', line: 3 },
      // info → LOW; no path and no line: neither is sent (the spec's line minimum is 1).
      { external_id: 'ISSUE-3', annotation_type: 'CODE_SMELL', summary: 'Issue number 3', severity: 'LOW' },
    ]);

    expect(cloud.state.status(REPO, HEAD, REPORT_ID)?.fields).toMatchObject({
      key: REPORT_ID,
      state: 'FAILED',
      name: 'SonarQube quality gate',
      refname: BRANCH,
      url: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=7',
    });
  });

  it('a re-run with nothing changed writes no comment at all', async () => {
    await run(newRun(cloud.url), decorations(), { branch: BRANCH });
    const before = cloud.requests.length;

    const result = await run(newRun(cloud.url), decorations(), { branch: BRANCH });

    expect(result.published).toContain(`comment unchanged on PR #${PR_ID}`);
    expect(commentWrites(cloud.requests.slice(before))).toEqual([]);
    expect(liveComments(cloud)).toHaveLength(1);
  });

  it('a re-run with a changed body updates the comment in place (GET /user names us)', async () => {
    const front = await startUserEndpoint(cloud, 'answer');
    fronts.push(front);
    await run(newRun(front.url), decorations(), { branch: BRANCH });
    const [first] = liveComments(cloud);
    const before = cloud.requests.length;

    await run(newRun(front.url), decorations({ comment: '## Quality gate passed' }), { branch: BRANCH });

    expect(commentWrites(cloud.requests.slice(before)).map((q) => q.operation)).toEqual(['comments.update']);
    expect(liveComments(cloud).map((c) => ({ id: c.id, raw: c.raw }))).toEqual([{ id: first!.id, raw: commentBody('## Quality gate passed') }]);
  });

  it('two runs at once leave one comment', async () => {
    // Slow listings make both runs see "no comment yet" and both create one: the race, every time.
    cloud.setFault({ kind: 'latency', ms: 50, match: { operation: 'comments.list' } });
    const a = newRun(cloud.url);
    const b = newRun(cloud.url);
    await Promise.all([run(a, decorations({ comment: 'from run A' }), { pullRequest: PR_ID }, ['comment']), run(b, decorations({ comment: 'from run B' }), { pullRequest: PR_ID }, ['comment'])]);

    expect(cloud.requests.filter((q) => q.operation === 'comments.create')).toHaveLength(2);
    expect(liveComments(cloud)).toHaveLength(1);
  });

  it('a run for a commit that is no longer the PR head leaves the comment alone', async () => {
    await run(newRun(cloud.url), decorations(), { branch: BRANCH });
    const before = cloud.requests.length;

    const result = await run(newRun(cloud.url), decorations({ commit: OLDER, comment: 'stale' }), { commit: OLDER, branch: BRANCH });

    expect(result.skipped).toContain(`comment on PR #${PR_ID}: a newer commit is the PR's head`);
    expect(commentWrites(cloud.requests.slice(before))).toEqual([]);
    expect(liveComments(cloud).map((c) => c.raw)).toEqual([decorations().comment.markdown]);
    // The report and the status belong to the commit, so those are published for it.
    expect(cloud.state.report(REPO, OLDER, REPORT_ID)).toBeDefined();
  });

  it('finds the PR by branch while Bitbucket is still indexing commits (202), escaping quotes and backslashes', async () => {
    const branch = 'feat/"quoted"\\name';
    cloud.state.mustRepository(REPO).commitLinks = 'indexing-202';
    cloud.state.addPullRequest(REPO, { id: 8, sourceBranch: branch, sourceCommit: HEAD });
    cloud.state.addPullRequest(REPO, { id: 9, sourceBranch: 'feat/quoted', sourceCommit: HEAD });
    const r = newRun(cloud.url);

    const result = await run(r, decorations(), { branch }, ['comment']);

    expect(result.pullRequests).toEqual([8]);
    expect(r.lines).toContainEqual(expect.stringContaining('Bitbucket is still indexing pull requests for this commit'));
    const list = cloud.requests.find((q) => q.operation === 'pullrequests.list');
    expect(list?.query['q']).toBe('source.branch.name="feat/\\"quoted\\"\\\\name" AND state="OPEN"');
  });

  it('says why the commit lookup is unavailable on a 404 (not indexed, or the Commit Links app missing)', async () => {
    cloud.state.mustRepository(REPO).commitLinks = 'missing-404';
    const r = newRun(cloud.url);

    const lookup = await r.api.pullRequestsForCommit(HEAD);
    expect(lookup).toEqual({ available: false, reason: expect.stringContaining('Pull Request Commit Links app') });
    expect(lookup.available === false && lookup.reason).toContain('No pull request commit links are indexed');

    const result = await run(r, decorations(), {}, ['comment']);
    expect(result.skipped).toEqual([expect.stringContaining('no open pull request for commit')]);
  });

  it('with 1,500 findings publishes 1,000 annotations and says how many were left out', async () => {
    const annotations = Array.from({ length: 1500 }, (_, i) => annotation(i, i < 1000 ? 'high' : 'low'));

    const result = await run(newRun(cloud.url), decorations({ annotations }), {}, ['insights']);

    expect(result.published).toEqual([expect.stringContaining('with 1000 annotations (500 lower-severity annotations left out: platform limit)')]);
    expect(cloud.state.annotations(REPO, HEAD, REPORT_ID).every((a) => a.fields['severity'] === 'HIGH')).toBe(true);
    expect(cloud.state.report(REPO, HEAD, REPORT_ID)?.fields['details']).toMatch(/500 lower-severity annotations were left out/);
    expect(cloud.requests.filter((q) => q.operation === 'annotations.create').every((q) => Array.isArray(q.body) && q.body.length <= 100)).toBe(true);
  });

  it('finds its comment among 150 others with one filtered request, ignoring deleted and inline ones', async () => {
    const front = await startUserEndpoint(cloud, 'answer');
    fronts.push(front);
    for (let i = 0; i < 140; i++) cloud.state.addComment(REPO, PR_ID, { raw: `review remark ${i}` });
    const ours = cloud.state.addComment(REPO, PR_ID, { raw: commentBody('previous result'), user: CLOUD_BOT_USER });
    cloud.state.addComment(REPO, PR_ID, { raw: commentBody('deleted'), user: CLOUD_BOT_USER, deleted: true });
    cloud.state.addComment(REPO, PR_ID, { raw: commentBody('inline'), user: CLOUD_BOT_USER, inline: { path: 'src/a.ts', to: 3 } });
    for (let i = 140; i < 147; i++) cloud.state.addComment(REPO, PR_ID, { raw: `review remark ${i}` });
    const before = cloud.requests.length;

    const result = await run(newRun(front.url), decorations(), { pullRequest: PR_ID }, ['comment']);

    expect(result.published).toEqual([`comment updated on PR #${PR_ID}`]);
    const writes = commentWrites(cloud.requests.slice(before));
    expect(writes.map((q) => [q.operation, q.path])).toEqual([['comments.update', expect.stringMatching(new RegExp(`/comments/${ours.id}$`))]]);
    const lists = cloud.requests.slice(before).filter((q) => q.operation === 'comments.list');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.query).toMatchObject({ pagelen: '100', q: `content.raw ~ "pr-insights:${REPORT_ID}"` });
  });

  it('through the Pipelines auth proxy publishes only the report, and says why the rest was skipped', async () => {
    const proxy: PipelinesProxy = await startPipelinesProxy({ cloud });
    try {
      const r = newRun('http://api.bitbucket.org/2.0', { auth: { kind: 'none' }, viaPipelinesProxy: true, forwardProxy: proxy.url });
      expect(r.api.can).toEqual({ comment: false, insights: true, status: false });

      const result = await run(r, decorations(), { branch: BRANCH }, ALL);

      expect(result.published).toEqual([expect.stringContaining(`Code Insights report "${REPORT_ID}"`)]);
      expect([...result.skipped].sort()).toEqual([
        expect.stringMatching(/^comment: the Bitbucket Pipelines auth proxy authorizes Code Insights only; a comment and a build status need TOKEN/),
        expect.stringMatching(/^status: .*need TOKEN/),
      ]);
      expect(proxy.requests.map((q) => q.outcome)).toEqual(['forwarded', 'forwarded', 'forwarded']);
      expect(cloud.state.report(REPO, HEAD, REPORT_ID)?.createdBy).toBe(PIPELINES_PROXY_USER.uuid);
      expect(cloud.state.annotations(REPO, HEAD, REPORT_ID)).toHaveLength(3);
      expect(liveComments(cloud)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
