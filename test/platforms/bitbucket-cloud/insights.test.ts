import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Annotation } from '../../../src/render/decorations.js';
import type { BitbucketCloudFake } from '../../fakes/index.js';
import { annotation, cloudRun, decorations, HEAD, REPO, REPORT_ID, startCloud, type Run } from './harness.js';

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

const stored = (): Record<string, unknown>[] => cloud.state.annotations(REPO, HEAD, REPORT_ID).map((a) => ({ external_id: a.externalId, ...a.fields }));
const report = () => cloud.state.report(REPO, HEAD, REPORT_ID)?.fields ?? {};
const publishInsight = (insight: Partial<ReturnType<typeof decorations>['insight']>) => r.api.publishReport(HEAD, REPORT_ID, { ...decorations().insight, ...insight });

describe('Bitbucket Cloud: Code Insights', () => {
  it('replaces the report: DELETE, PUT, then the annotations, dropping the previous run’s', async () => {
    await publishInsight({ annotations: [annotation(1, 'high'), annotation(2, 'low')] });
    const before = cloud.requests.length;

    await publishInsight({ annotations: [annotation(3, 'medium')] });

    expect(cloud.requests.slice(before).map((q) => q.operation)).toEqual(['reports.delete', 'reports.put', 'annotations.create']);
    expect(stored().map((a) => a.external_id)).toEqual(['ISSUE-3']);
  });

  it('a report without annotations sends no annotation request', async () => {
    const result = await publishInsight({ annotations: [] });
    expect(result).toEqual({ annotationsSent: 0, annotationsOmitted: 0 });
    expect(cloud.requests.map((q) => q.operation)).toEqual(['reports.delete', 'reports.put']);
  });

  it('of 1,500 annotations sends the 1,000 most severe, in requests of at most 100, and says 500 were left out', async () => {
    const severities: Annotation['severity'][] = ['info', 'low', 'medium', 'high', 'critical'];
    // Deliberately not sorted: the cap must keep the most severe whatever the order.
    const annotations = Array.from({ length: 1500 }, (_, i) => annotation(i, severities[i % 5]!));

    const result = await publishInsight({ annotations });

    expect(result).toEqual({ annotationsSent: 1000, annotationsOmitted: 500 });
    const posts = cloud.requests.filter((q) => q.operation === 'annotations.create');
    expect(posts).toHaveLength(10);
    expect(posts.every((q) => Array.isArray(q.body) && q.body.length <= 100)).toBe(true);
    const counts = stored().reduce<Record<string, number>>((n, a) => ({ ...n, [String(a['severity'])]: (n[String(a['severity'])] ?? 0) + 1 }), {});
    // 300 each of critical, high, medium; then 100 of the 300 low; none of the info (also LOW on the wire).
    expect(counts).toEqual({ CRITICAL: 300, HIGH: 300, MEDIUM: 300, LOW: 100 });
    expect(stored().filter((a) => a['severity'] === 'LOW').every((a) => Number(String(a.external_id).slice(6)) % 5 === 1)).toBe(true);
    expect(report()['details']).toContain('500 lower-severity annotations were left out');
  });

  // At most 10 batches exist (1,000 annotations, 100 a request): all go out in one wave.
  it('sends annotation batches concurrently', async () => {
    cloud.setFault({ kind: 'latency', ms: 20, match: { operation: 'annotations.create' } });
    await publishInsight({ annotations: Array.from({ length: 1000 }, (_, i) => annotation(i, 'medium')) });

    const posts = cloud.requests.filter((q) => q.operation === 'annotations.create');
    const inFlight = posts.map((q) => posts.filter((o) => o.startedAt <= q.startedAt && (o.endedAt ?? Infinity) > q.startedAt).length);
    expect(Math.max(...inFlight)).toBeGreaterThan(1);
  });

  it('keeps the "left out" note whole when the details themselves are too long', async () => {
    const annotations = Array.from({ length: 1001 }, (_, i) => annotation(i, 'medium'));
    await publishInsight({ details: 'x'.repeat(5000), annotations });

    const details = String(report()['details']);
    expect(details.length).toBeLessThanOrEqual(2000);
    expect(details).toMatch(/x…\n\n1 lower-severity annotation was left out: Bitbucket Cloud shows at most 1,000 per report\.$/);
  });

  it('cuts an over-long title, details, summary and annotation details to Cloud’s limits', async () => {
    const long = 'word '.repeat(300).trim(); // 1,499 characters
    await publishInsight({
      title: 'T'.repeat(600),
      details: 'd'.repeat(2500),
      annotations: [annotation(1, 'high', { message: long }), annotation(2, 'high', { message: 'm'.repeat(3000) }), annotation(3, 'low', { message: '  ' })],
    });

    expect(String(report()['title'])).toHaveLength(450);
    expect(String(report()['title']).endsWith('…')).toBe(true);
    expect(String(report()['details'])).toHaveLength(2000);
    const [first, second, third] = stored();
    expect(String(first?.['summary'])).toHaveLength(450);
    expect(String(first?.['summary']).endsWith('…')).toBe(true);
    expect(first?.['details']).toBe(long);
    expect(String(second?.['details'])).toHaveLength(2000);
    // An empty message would be refused: the summary says what kind of finding it is.
    expect(third?.['summary']).toBe('code smell (low)');
    expect(third).not.toHaveProperty('details');
  });

  it('never splits a surrogate pair when cutting', async () => {
    await publishInsight({ annotations: [annotation(1, 'high', { message: `${'a'.repeat(448)}😀😀` })] });
    const summary = String(stored()[0]?.['summary']);
    expect(summary).toBe(`${'a'.repeat(448)}…`);
  });

  it('hashes long or odd annotation ids into unique external ids, and keeps duplicates apart', async () => {
    const odd = 'src/a b.ts:12 — rule/S1234';
    const long = 'k'.repeat(200);
    const result = await publishInsight({
      annotations: [annotation(1, 'high', { id: odd }), annotation(2, 'high', { id: long }), annotation(3, 'high', { id: 'DUP' }), annotation(4, 'high', { id: 'DUP' })],
    });

    expect(result.annotationsSent).toBe(4);
    const ids = stored().map((a) => a.external_id);
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]).toMatch(/^h-[0-9a-f]{32}$/);
    expect(ids[1]).toMatch(/^h-[0-9a-f]{32}$/);
    expect(ids[2]).toBe('DUP');
    // Stable across runs, so the same finding keeps the same id.
    await publishInsight({ annotations: [annotation(1, 'high', { id: odd })] });
    expect(stored().map((a) => a.external_id)).toEqual([ids[0]]);
  });

  it('sends only http(s) links, at most 10 data fields, no line below 1', async () => {
    await publishInsight({
      link: 'sonar.local/dashboard',
      data: [
        { title: 'Local', type: 'LINK', value: { text: 'Open', href: 'file:///tmp/report.html' } },
        ...Array.from({ length: 11 }, (_, i) => ({ title: `N${i}`, type: 'NUMBER' as const, value: i })),
      ],
      annotations: [annotation(1, 'high', { line: 0, link: 'javascript:alert(1)' }), annotation(2, 'high', { link: 'https://sonar.example.com/issue?id=2' })],
    });

    expect(report()).not.toHaveProperty('link');
    expect(report()['data']).toHaveLength(10);
    // A link that is not http(s) keeps its text; the rest are cut at ten.
    expect(report()['data']).toEqual([{ title: 'Local', type: 'TEXT', value: 'Open' }, ...Array.from({ length: 9 }, (_, i) => ({ title: `N${i}`, type: 'NUMBER', value: i }))]);
    const [first, second] = stored();
    expect(first).not.toHaveProperty('line');
    expect(first).not.toHaveProperty('link');
    expect(second?.['link']).toBe('https://sonar.example.com/issue?id=2');
  });

  it('maps severities and the result', async () => {
    await publishInsight({
      result: 'pass',
      annotations: (['critical', 'high', 'medium', 'low', 'info'] as const).map((s, i) => annotation(i, s, { type: i % 2 ? 'BUG' : 'VULNERABILITY' })),
    });
    expect(report()['result']).toBe('PASSED');
    expect(stored().map((a) => [a['severity'], a['annotation_type']])).toEqual([
      ['CRITICAL', 'VULNERABILITY'],
      ['HIGH', 'BUG'],
      ['MEDIUM', 'VULNERABILITY'],
      ['LOW', 'BUG'],
      ['LOW', 'VULNERABILITY'],
    ]);
  });
});
