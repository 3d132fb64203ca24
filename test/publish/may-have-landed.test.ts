/**
 * Writes that fail after they were sent (the connection reset once the server had acted, or before
 * it could): the run reads back what it can verify — the sticky comment, Data Center's annotations —
 * and treats what it finds as written, without failing or writing it twice; what it cannot verify
 * is reported as "may have been published", and a write a read showed missing as "not published".
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { PublishError } from '../../src/core/errors.js';
import { publish } from '../../src/publish/publish.js';
import { findMarker } from '../../src/render/marker.js';
import type { Fault } from '../fakes/faults.js';
import { fakeSha } from '../fakes/index.js';
import * as cloudH from '../platforms/bitbucket-cloud/harness.js';
import * as dcH from '../platforms/bitbucket-data-center/harness.js';
import * as ghH from '../platforms/github/harness.js';

const HEAD = fakeSha('head of feature');
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function failure(run: Promise<unknown>): Promise<PublishError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PublishError)) throw new Error(`expected a PublishError, got ${String(error)}`);
  return error;
}

describe('a comment create that reset after the server made it', () => {
  const landed: Fault = { kind: 'reset', afterHandling: true, match: { operation: 'comments.create' } };

  it('Bitbucket Cloud (who we are is only learned from a created comment): one comment, reported as created', async () => {
    const cloud = await cloudH.startCloud();
    closers.push(() => cloud.close());
    cloud.setFault(landed);
    const d = cloudH.decorations();
    const result = await cloudH.run(cloudH.cloudRun(cloud.url), d, { pullRequest: cloudH.PR_ID });

    expect(result.published).toContain(`comment created on PR #${cloudH.PR_ID}`);
    expect(cloudH.liveComments(cloud).map((c) => c.raw)).toEqual([d.comment.markdown]);
    expect(cloud.requests.filter((q) => q.operation === 'comments.create')).toHaveLength(1);
    expect(cloud.violations).toEqual([]);
  });

  it('Bitbucket Data Center: one comment, reported as created', async () => {
    const h = await dcH.startHarness();
    closers.push(() => h.close());
    h.fake.state.addPullRequest(h.repo, { id: 3, fromBranch: 'feature', fromCommit: HEAD });
    h.fake.setFault(landed);
    const d = dcH.decorations(HEAD);
    const result = await publish(h.api(), d, { commit: HEAD, pullRequest: 3 }, ['comment'], h.log);

    expect(result.published).toEqual(['comment created on PR #3']);
    expect(h.fake.state.comments(h.repo, 3).filter((c) => findMarker(c.text)).map((c) => c.text)).toEqual([d.comment.markdown]);
    expect(h.fake.requests.filter((q) => q.operation === 'comments.create')).toHaveLength(1);
  });

  it('GitHub: one comment, reported as created', async () => {
    const gh = await ghH.startFake();
    closers.push(() => gh.close());
    gh.setFault(landed);
    const d = ghH.decorations();
    const result = await ghH.run(ghH.githubRun(gh), d, { pullRequest: ghH.PR_ID }, ['comment']);

    expect(result.published).toEqual([`comment created on PR #${ghH.PR_ID}`]);
    expect(gh.state.comments(ghH.REPO, ghH.PR_ID).map((c) => c.body)).toEqual([d.comment.markdown]);
    expect(gh.requests.filter((q) => q.operation === 'comments.create')).toHaveLength(1);
  });
});

describe('Bitbucket Data Center: what a read shows, and what cannot be verified', () => {
  async function setUp() {
    const h = await dcH.startHarness();
    closers.push(() => h.close());
    h.fake.state.addPullRequest(h.repo, { id: 3, fromBranch: 'feature', fromCommit: HEAD });
    return h;
  }
  const annotations = dcH.annotations({ high: 2, low: 1 });

  it('annotations whose post reset after they were added are found in the report: published once', async () => {
    const h = await setUp();
    h.fake.setFault({ kind: 'reset', afterHandling: true, match: { operation: 'annotations.create' } });
    const result = await publish(h.api(), dcH.decorations(HEAD, { insight: { annotations } }), { commit: HEAD }, ['insights'], h.log);

    expect(result.published).toEqual([expect.stringContaining('with 3 annotations')]);
    const stored = h.fake.state.annotations(h.repo, HEAD, dcH.REPORT_ID).map((a) => String(a['externalId']).replace(/~[0-9a-f]{12}$/, ''));
    expect(stored.sort()).toEqual(annotations.map((a) => a.id).sort());
  });

  it('annotations whose post reset before the server took them: not published, as the read showed', async () => {
    const h = await setUp();
    h.fake.setFault({ kind: 'reset', match: { operation: 'annotations.create' } });
    const error = await failure(publish(h.api(), dcH.decorations(HEAD, { insight: { annotations } }), { commit: HEAD }, ['insights'], h.log));

    expect(error.message).toMatch(/^Nothing was published\. Not published: insights: could not add 3 annotations .*; the report does not hold them$/);
    expect(h.fake.state.annotations(h.repo, HEAD, dcH.REPORT_ID)).toEqual([]);
  });

  it('a comment whose create reset before the server made it: not published, as the read showed', async () => {
    const h = await setUp();
    h.fake.setFault({ kind: 'reset', match: { operation: 'comments.create' } });
    const error = await failure(publish(h.api(), dcH.decorations(HEAD), { commit: HEAD, pullRequest: 3 }, ['comment'], h.log));

    expect(error.message).toMatch(/^Nothing was published\. Not published: comment: .*; the comments read back do not hold it$/);
    expect(h.fake.state.comments(h.repo, 3).filter((c) => findMarker(c.text))).toEqual([]);
  });

  it('says per decoration: published, may have been published (a status write that reset), not published (a refused comment)', async () => {
    const h = await setUp();
    h.fake.setFault({ kind: 'reset', afterHandling: true, match: { operation: 'builds.create' } });
    h.fake.setFault({ kind: 'server-error', status: 500, match: { operation: 'comments.create' } });
    const error = await failure(publish(h.api(), dcH.decorations(HEAD, { insight: { annotations } }), { commit: HEAD, pullRequest: 3 }, ['comment', 'insights', 'status'], h.log));

    expect(error.message).toMatch(
      /^Published: Code Insights report "sonarqube" on [0-9a-f]{7,12} with 3 annotations\. May have been published \(the request failed after it was sent\): status: .*\. Not published: comment: .*500/,
    );
    expect(error.message).not.toMatch(/Not published:.*status:/);
    // It had: the fake made the status before it dropped the connection.
    expect(h.fake.state.buildStatus(HEAD, dcH.REPORT_ID)).toBeDefined();
  });
});
