/**
 * Five runs of the same commit at once, twenty times over, on every platform, in-process against
 * the fakes: no run fails (another run replacing the report, or creating the comment too, is not
 * a failure), and the end state is one comment of ours and one set of annotations.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '../../src/core/logger.js';
import { Redactor } from '../../src/core/redact.js';
import { publish } from '../../src/publish/publish.js';
import type { Decorations } from '../../src/render/decorations.js';
import { findMarker } from '../../src/render/marker.js';
import { fakeSha, startBitbucketCloud, type BitbucketCloudFake } from '../fakes/index.js';
import { GITHUB_ACTIONS_BOT, startGitHub, type GitHubFake } from '../fakes/github/index.js';
import * as cloudH from '../platforms/bitbucket-cloud/harness.js';
import * as dcH from '../platforms/bitbucket-data-center/harness.js';
import * as ghH from '../platforms/github/harness.js';

const RUNS = 5;
const TRIALS = 20;
const ALL = ['comment', 'insights', 'status'] as const;
const quiet = createLogger(() => {}, new Redactor(), true);

/** Every run of a trial settles; the reasons of those that did not. */
async function together(runs: Array<() => Promise<unknown>>): Promise<string[]> {
  const settled = await Promise.allSettled(runs.map((r) => r()));
  return settled.flatMap((s) => (s.status === 'rejected' ? [String(s.reason instanceof Error ? s.reason.message : s.reason)] : []));
}

describe('five runs of one commit at once', () => {
  describe('Bitbucket Cloud (GET /user refused: who we are is learned from the comments created)', () => {
    let cloud: BitbucketCloudFake;
    beforeAll(async () => {
      cloud = await startBitbucketCloud();
      cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
    });
    afterAll(async () => {
      expect(cloud.violations).toEqual([]);
      await cloud.close();
    });

    it(`${TRIALS} trials: no run fails, one comment, one set of annotations`, async () => {
      const annotations = Array.from({ length: 250 }, (_, i) => cloudH.annotation(i, 'medium'));
      for (let trial = 0; trial < TRIALS; trial++) {
        const commit = fakeSha(`cloud trial ${trial}`);
        const pr = 100 + trial;
        cloud.state.addPullRequest(cloudH.REPO, { id: pr, sourceBranch: `b${trial}`, sourceCommit: commit });
        const d = cloudH.decorations({ commit, annotations });
        const failures = await together(Array.from({ length: RUNS }, () => () => publish(cloudH.cloudRun(cloud.url).api, d, { commit, pullRequest: pr }, ALL, quiet)));

        expect(failures).toEqual([]);
        const comments = cloud.state.comments(cloudH.REPO, pr).filter((c) => !c.deleted && findMarker(c.raw));
        expect(comments.map((c) => c.raw)).toEqual([d.comment.markdown]);
        const ids = cloud.state.annotations(cloudH.REPO, commit, cloudH.REPORT_ID).map((a) => a.externalId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.sort()).toEqual(annotations.map((a) => a.id).sort());
      }
    });
  });

  describe('Bitbucket Data Center', () => {
    let h: dcH.Harness;
    beforeAll(async () => {
      h = await dcH.startHarness();
    });
    afterAll(async () => {
      expect(h.fake.violations).toEqual([]);
      await h.close();
    });

    // 20: two sets fit the per-report cap together, so only the read after each post keeps them from doubling.
    // 600: more than half the cap, so a second set posted on top of the first is also refused whole.
    it.each([20, 600])(`${TRIALS} trials of %i annotations: no run fails, one comment, exactly one run's annotations`, async (count) => {
      const annotations = dcH.annotations({ medium: count });
      for (let trial = 0; trial < TRIALS; trial++) {
        const commit = fakeSha(`dc trial ${count} ${trial}`);
        const pr = count * 1000 + trial;
        h.fake.state.addPullRequest(h.repo, { id: pr, fromBranch: `b${count}-${trial}`, fromCommit: commit });
        const d: Decorations = dcH.decorations(commit, { insight: { annotations } });
        const failures = await together(Array.from({ length: RUNS }, () => () => publish(h.api(), d, { commit, pullRequest: pr }, ALL, quiet)));

        expect(failures).toEqual([]);
        expect(h.fake.state.comments(h.repo, pr).filter((c) => findMarker(c.text)).map((c) => c.text)).toEqual([d.comment.markdown]);
        // Each run's externalIds end with its own token: one token means one run's set.
        const stored = h.fake.state.annotations(h.repo, commit, dcH.REPORT_ID).map((a) => /^(.*)~([0-9a-f]{12})$/.exec(String(a['externalId'])));
        expect(new Set(stored.map((m) => m?.[2])).size).toBe(1);
        expect(stored.map((m) => m?.[1]).sort()).toEqual(annotations.map((a) => a.id).sort());
      }
    });

    // A re-run over what an earlier run left: runs that find their own annotations there send none,
    // the others clear and post; two contents among the five, so some runs find theirs and some not.
    it.each(['other', 'the same'])(`${TRIALS} trials over an earlier run's set of %s annotations, the runs posting two contents: exactly one run's annotations`, async (earlier) => {
      const mine = dcH.annotations({ medium: 20 });
      const theirs = mine.map((a) => ({ ...a, message: `${a.message} (other analysis)` }));
      for (let trial = 0; trial < TRIALS; trial++) {
        const commit = fakeSha(`dc re-run ${earlier} ${trial}`);
        const pr = 50_000 + (earlier === 'other' ? 0 : 1000) + trial;
        h.fake.state.addPullRequest(h.repo, { id: pr, fromBranch: `r${earlier}-${trial}`, fromCommit: commit });
        const withAnnotations = (list: typeof mine): Decorations => dcH.decorations(commit, { insight: { annotations: list } });
        await publish(h.api(), withAnnotations(earlier === 'other' ? mine.map((a) => ({ ...a, message: 'stale' })) : mine), { commit }, ['insights'], quiet);
        const runs = Array.from({ length: RUNS }, (_, i) => () => publish(h.api(), withAnnotations(i % 2 ? theirs : mine), { commit }, ['insights'], quiet));

        expect(await together(runs)).toEqual([]);
        const stored = h.fake.state.annotations(h.repo, commit, dcH.REPORT_ID);
        expect(new Set(stored.map((a) => String(a['externalId']).split('~')[1])).size).toBe(1);
        const messages = stored.map((a) => String(a['message'])).sort();
        expect([mine, theirs].map((set) => set.map((a) => a.message).sort())).toContainEqual(messages);
      }
    });
  });

  describe('GitHub (an Actions token: the check run names the App)', () => {
    let gh: GitHubFake;
    /** How far the fake's clock is behind: an earlier run's comment is written a day before the trial. */
    let ago = 0;
    beforeAll(async () => {
      // Forty trials of five runs take more than an hour's budget of requests.
      gh = await startGitHub({ enforceContentCreationLimits: false, rateLimits: { actions: 1_000_000 }, clock: () => new Date(Date.now() - ago) });
      gh.state.addRepository({ owner: ghH.OWNER, name: 'widgets' });
    });
    afterAll(async () => {
      expect(gh.violations).toEqual([]);
      await gh.close();
    });

    it(`${TRIALS} trials: no run fails, one comment`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const commit = fakeSha(`github trial ${trial}`);
        const pr = 100 + trial;
        gh.state.addPullRequest(ghH.REPO, { number: pr, headRef: `b${trial}`, headSha: commit });
        const d = { ...ghH.decorations(), comment: { markdown: ghH.commentBody('## Quality gate failed', commit) } };
        const failures = await together(Array.from({ length: RUNS }, () => () => publish(ghH.githubRun(gh).api, d, { commit, pullRequest: pr }, ALL, quiet)));

        expect(failures).toEqual([]);
        expect(gh.state.comments(ghH.REPO, pr).map((c) => c.body)).toEqual([d.comment.markdown]);
      }
    });

    // The token cannot ask who it is, so the earlier comment is known as ours only once a run has
    // created one; it is older than what the check after a create lists by time, and still the one kept.
    it(`${TRIALS} trials over an earlier run's comment of a day ago: no run fails, that comment stays, with the new text`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const commit = fakeSha(`github re-run ${trial}`);
        const pr = 500 + trial;
        gh.state.addPullRequest(ghH.REPO, { number: pr, headRef: `r${trial}`, headSha: commit });
        ago = 86_400_000;
        const earlier = gh.state.addComment(ghH.REPO, pr, { body: ghH.commentBody('## Quality gate passed', commit), user: GITHUB_ACTIONS_BOT });
        ago = 0;
        const d = { ...ghH.decorations(), comment: { markdown: ghH.commentBody('## Quality gate failed', commit) } };
        const failures = await together(Array.from({ length: RUNS }, () => () => publish(ghH.githubRun(gh).api, d, { commit, pullRequest: pr }, ['comment'], quiet)));

        expect(failures).toEqual([]);
        expect(gh.state.comments(ghH.REPO, pr).map((c) => [c.id, c.body])).toEqual([[earlier.id, d.comment.markdown]]);
      }
    });
  });
});
