import { describe, expect, it } from '@jest/globals';
import { criticalPath, sequentialRoundTrips, type Span } from './critical-path.js';
import { startBitbucketCloud } from './bitbucket-cloud/index.js';
import { call } from './json-client.js';

const span = (startedAt: number, endedAt?: number): Span => (endedAt === undefined ? { startedAt } : { startedAt, endedAt });

describe('sequentialRoundTrips', () => {
  it('is 0 for no requests and counts back-to-back requests as sequential', () => {
    expect(sequentialRoundTrips([])).toBe(0);
    expect(sequentialRoundTrips([span(0, 10), span(10, 20), span(20, 30)])).toBe(3);
  });

  it('counts a batch of overlapping requests once', () => {
    expect(sequentialRoundTrips([span(0, 10), span(1, 9), span(2, 11)])).toBe(1);
    expect(sequentialRoundTrips([span(0, 10), span(1, 9), span(2, 11), span(12, 20)])).toBe(2);
  });

  it('finds the longest chain, not the first one (a long request beside short sequential ones)', () => {
    const spans = [span(0, 100), span(1, 2), span(3, 4), span(5, 6)];
    expect(criticalPath(spans)).toEqual([span(1, 2), span(3, 4), span(5, 6)]);
  });

  it('handles a realistic schedule: lookup, then reports in parallel, then annotations in sequence', () => {
    const schedule = [
      span(0, 5), // find PR
      span(6, 15), span(6, 12), span(7, 14), // comment list, report PUT, status POST in parallel
      span(16, 20), span(21, 25), span(26, 30), // three annotation batches one after the other
      span(17, 29), // a slow comment update overlapping the batches
    ];
    expect(sequentialRoundTrips(schedule)).toBe(5);
  });

  it('lets a still-open request end a chain but never continue it', () => {
    expect(sequentialRoundTrips([span(0, 1), span(2), span(3, 4)])).toBe(2);
  });

  it('measures a live run against a fake', async () => {
    const cloud = await startBitbucketCloud();
    try {
      cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
      cloud.state.addPullRequest('acme/widgets', { id: 1, sourceBranch: 'f' });
      for (let i = 0; i < 3; i++) await call('GET', `${cloud.url}/repositories/acme/widgets/pullrequests/1`, { authorization: cloud.authorization.bearer });
      expect(cloud.requests.every((r) => r.endedAt !== undefined)).toBe(true);
      expect(sequentialRoundTrips(cloud.requests)).toBe(3);
    } finally {
      await cloud.close();
    }
  });
});
