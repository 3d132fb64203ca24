import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { fakeSha, type BitbucketCloudFake } from '../../fakes/index.js';
import { BRANCH, cloudRun, HEAD, PR_ID, REPO, startCloud, type Run } from './harness.js';

let cloud: BitbucketCloudFake;
let r: Run;

beforeEach(async () => {
  cloud = await startCloud();
  r = cloudRun(cloud.url);
});

afterEach(async () => {
  expect(cloud.violations).toEqual([]);
  await cloud.close();
});

describe('Bitbucket Cloud: pull requests', () => {
  it('reads one pull request, with its abbreviated head commit', async () => {
    expect(await r.api.getPullRequest(PR_ID)).toEqual({
      id: PR_ID,
      open: true,
      headCommit: HEAD.slice(0, 12),
      sourceBranch: BRANCH,
      url: `https://bitbucket.org/${REPO}/pull-requests/${PR_ID}`,
    });
  });

  it('a missing pull request is undefined, a merged one is not open', async () => {
    cloud.state.addPullRequest(REPO, { id: 20, sourceBranch: 'done', state: 'MERGED' });
    expect(await r.api.getPullRequest(404)).toBeUndefined();
    expect((await r.api.getPullRequest(20))?.open).toBe(false);
  });

  it('follows next across every page, by commit and by branch', async () => {
    const sha = fakeSha('shared commit');
    for (let id = 100; id < 160; id++) cloud.state.addPullRequest(REPO, { id, sourceBranch: 'busy', sourceCommit: sha });

    const byCommit = await r.api.pullRequestsForCommit(sha);
    expect(byCommit.available && byCommit.pullRequests.map((pr) => pr.id).sort()).toEqual(Array.from({ length: 60 }, (_, i) => 100 + i));
    expect((await r.api.pullRequestsForBranch('busy')).map((pr) => pr.id).sort()).toEqual(Array.from({ length: 60 }, (_, i) => 100 + i));

    const pages = cloud.requests.filter((q) => q.operation === 'pullrequests.list');
    expect(pages).toHaveLength(2);
    expect(pages[1]?.query['page']).toBeDefined();
  });

  it('by branch, only open pull requests from exactly that branch', async () => {
    cloud.state.addPullRequest(REPO, { id: 30, sourceBranch: BRANCH, state: 'DECLINED' });
    cloud.state.addPullRequest(REPO, { id: 31, sourceBranch: `${BRANCH}-2` });
    expect((await r.api.pullRequestsForBranch(BRANCH)).map((pr) => pr.id)).toEqual([PR_ID]);
  });

  it('by commit during indexing (202) is unavailable, with the reason', async () => {
    cloud.state.mustRepository(REPO).commitLinks = 'indexing-202';
    expect(await r.api.pullRequestsForCommit(HEAD)).toEqual({ available: false, reason: 'Bitbucket is still indexing pull requests for this commit' });
  });
});
