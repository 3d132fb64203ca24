import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { CommentConflictError } from '../../../src/platforms/platform.js';
import type { BitbucketCloudFake } from '../../fakes/index.js';
import { cloudRun, liveComments, PR_ID, REPO, startCloud, type Run } from './harness.js';

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

describe('Bitbucket Cloud: comments', () => {
  it('creates, updates and deletes with {content: {raw}}', async () => {
    const created = await r.api.createComment(PR_ID, 'first');
    expect(created).toEqual({ id: expect.any(Number), body: 'first', author: 'us' });

    expect(await r.api.updateComment(PR_ID, created, 'second')).toEqual({ id: created.id, body: 'second', author: 'us' });
    expect(liveComments(cloud).map((c) => c.raw)).toEqual(['second']);

    await r.api.deleteComment(PR_ID, created);
    expect(liveComments(cloud)).toEqual([]);
    expect(cloud.requests.filter((q) => q.body !== undefined).map((q) => q.body)).toEqual([{ content: { raw: 'first' } }, { content: { raw: 'second' } }]);
  });

  it('deleting a comment that is already gone is fine', async () => {
    const created = await r.api.createComment(PR_ID, 'x');
    await r.api.deleteComment(PR_ID, created);
    await expect(r.api.deleteComment(PR_ID, created)).resolves.toBeUndefined();
  });

  it('updating a comment removed in the meantime is a conflict, so the publisher reads again', async () => {
    const created = await r.api.createComment(PR_ID, 'x');
    cloud.state.comments(REPO, PR_ID)[0]!.deleted = true;
    await expect(r.api.updateComment(PR_ID, created, 'y')).rejects.toBeInstanceOf(CommentConflictError);
  });

  it('lists general comments oldest first, with their raw body', async () => {
    cloud.state.addComment(REPO, PR_ID, { raw: 'one' });
    cloud.state.addComment(REPO, PR_ID, { raw: 'on a line', inline: { path: 'a.ts', to: 1 } });
    cloud.state.addComment(REPO, PR_ID, { raw: 'two' });
    // No comment carries a marker, so who we are was never asked: authors stay unknown.
    expect((await r.api.listComments(PR_ID)).map((c) => [c.body, c.author])).toEqual([
      ['one', 'unknown'],
      ['two', 'unknown'],
    ]);
  });

  it('asks for only the comments containing the marker text, and lists them all when the filter is refused', async () => {
    for (let i = 0; i < 30; i++) cloud.state.addComment(REPO, PR_ID, { raw: `remark ${i}` });
    cloud.state.addComment(REPO, PR_ID, { raw: 'report\n\n[//]: # (pr-insights:sonarqube)' });
    const query = { containing: 'pr-insights:sonarqube' };

    expect((await r.api.listComments(PR_ID, query)).map((c) => c.body)).toEqual(['report\n\n[//]: # (pr-insights:sonarqube)']);
    const [filtered] = cloud.requests.filter((q) => q.operation === 'comments.list');
    expect(filtered?.query['q']).toBe('content.raw ~ "pr-insights:sonarqube"');

    cloud.setFault({ kind: 'server-error', status: 400, match: { operation: 'comments.list' } });
    expect(await r.api.listComments(PR_ID, query)).toHaveLength(31);
  });
});
