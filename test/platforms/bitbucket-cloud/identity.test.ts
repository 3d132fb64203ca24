import { afterEach, describe, expect, it } from '@jest/globals';
import { CLOUD_BOT_USER, CLOUD_OTHER_USER, type BitbucketCloudFake } from '../../fakes/index.js';
import { cloudRun, commentBody, commentWrites, decorations, liveComments, PR_ID, REPO, run, startCloud, type Run } from './harness.js';
import { startUserEndpoint, type UserEndpointFront, type UserEndpointMode } from './user-endpoint.js';

let cloud: BitbucketCloudFake;
let front: UserEndpointFront | undefined;
const runs: Run[] = [];

async function setup(userEndpoint?: UserEndpointMode): Promise<Run> {
  cloud = await startCloud();
  front = userEndpoint ? await startUserEndpoint(cloud, userEndpoint) : undefined;
  const r = cloudRun(front?.url ?? cloud.url);
  runs.push(r);
  return r;
}

afterEach(async () => {
  runs.length = 0;
  await front?.close();
  expect(cloud.violations).toEqual([]);
  await cloud.close();
});

/** Someone quoted our comment, marker line included: it must never count as ours when we know who we are. */
const quoted = () => cloud.state.addComment(REPO, PR_ID, { raw: commentBody('> quoted by a reviewer'), user: CLOUD_OTHER_USER });

describe('Bitbucket Cloud: which comments are ours', () => {
  it('asks GET /user once, and only when a comment carries a marker', async () => {
    const r = await setup('answer');
    await r.api.listComments(PR_ID);
    expect(front!.userRequests()).toBe(0);

    const foreign = quoted();
    await run(r, decorations(), { pullRequest: PR_ID }, ['comment']);

    expect(front!.userRequests()).toBe(1);
    const live = liveComments(cloud);
    expect(live.map((c) => [c.user.uuid, c.raw])).toEqual([
      [CLOUD_OTHER_USER.uuid, foreign.raw],
      [CLOUD_BOT_USER.uuid, decorations().comment.markdown],
    ]);
    expect((await r.api.listComments(PR_ID)).map((c) => c.author)).toEqual(['other', 'us']);
    expect(front!.userRequests()).toBe(1);
  });

  it('when GET /user is refused (403), leaves a reviewer’s marked comment alone, posts its own, and exits by the report', async () => {
    const r = await setup('forbidden');
    const foreign = quoted();

    const result = await run(r, decorations({ comment: 'new' }), { pullRequest: PR_ID }, ['comment']);

    expect(result.published).toEqual([`comment created on PR #${PR_ID}`]);
    expect(liveComments(cloud).map((c) => [c.user.uuid, c.raw])).toEqual([
      [CLOUD_OTHER_USER.uuid, foreign.raw],
      [CLOUD_BOT_USER.uuid, commentBody('new')],
    ]);
    expect(r.lines).toContainEqual(expect.stringMatching(/^debug: Bitbucket Cloud: GET \/user was refused \(403\)/));
    expect(r.lines).toContainEqual(expect.stringContaining('does not show it was written by these credentials; leaving it alone and posting our own'));
  });

  it('when GET /user is refused, our earlier comment is recognised by the author of the new one: it keeps its place and takes the new body', async () => {
    const r = await setup('forbidden');
    const ours = cloud.state.addComment(REPO, PR_ID, { raw: commentBody('previous'), user: CLOUD_BOT_USER });
    const foreign = quoted();
    const before = cloud.requests.length;

    const result = await run(r, decorations({ comment: 'changed' }), { pullRequest: PR_ID }, ['comment']);

    expect(result.published).toEqual([`comment updated on PR #${PR_ID}`]);
    expect(commentWrites(cloud.requests.slice(before)).map((q) => q.operation)).toEqual(['comments.create', 'comments.delete', 'comments.update']);
    expect(liveComments(cloud).map((c) => [c.id, c.raw])).toEqual([
      [ours.id, commentBody('changed')],
      [foreign.id, foreign.raw],
    ]);
  });

  it('an unchanged comment is left as it is, whoever may have written it: nothing would change', async () => {
    const r = await setup('forbidden');
    cloud.state.addComment(REPO, PR_ID, { raw: decorations().comment.markdown, user: CLOUD_BOT_USER });
    const before = cloud.requests.length;

    const result = await run(r, decorations(), { pullRequest: PR_ID }, ['comment']);

    expect(result.published).toEqual([`comment unchanged on PR #${PR_ID}`]);
    expect(commentWrites(cloud.requests.slice(before))).toEqual([]);
  });

  it('when GET /user is missing (404), learns who we are from the comment it creates', async () => {
    const r = await setup();
    await run(r, decorations(), { pullRequest: PR_ID }, ['comment']);
    quoted();

    const comments = await r.api.listComments(PR_ID);

    expect(comments.map((c) => c.author)).toEqual(['us', 'other']);
    const before = cloud.requests.length;
    await run(r, decorations({ comment: 'changed' }), { pullRequest: PR_ID }, ['comment']);
    expect(commentWrites(cloud.requests.slice(before)).map((q) => q.operation)).toEqual(['comments.update']);
    expect(liveComments(cloud)).toHaveLength(2);
  });
});
