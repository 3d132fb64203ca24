/** The mapping to Data Center's wire format, and its limits, without a server. */
import { describe, expect, it } from '@jest/globals';
import { uniqueExternalId } from '../../../src/platforms/core/annotations.js';
import { buildStatusBody, DC_LIMITS, insightPlan, legacyBuildStatusBody } from '../../../src/platforms/bitbucket-data-center/wire.js';
import type { InsightDecoration } from '../../../src/render/decorations.js';
import { annotations, decorations } from './harness.js';

const insight = (over: Partial<InsightDecoration> = {}): InsightDecoration => ({ ...decorations('0'.repeat(40)).insight, ...over });

describe('the report', () => {
  it('sends data: [] when there is none, and at most six items', () => {
    expect(insightPlan('k', insight({ data: [] })).report.data).toEqual([]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ title: `n${i}`, type: 'NUMBER' as const, value: i }));
    expect(insightPlan('k', insight({ data: seven })).report.data.map((d) => d.title)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('writes LINK values as {linktext, href}, and keeps only the text of a link that is not http(s)', () => {
    const { data } = insightPlan(
      'k',
      insight({
        data: [
          { title: 'Dashboard', type: 'LINK', value: { text: 'Open', href: 'https://sonar.example.com/d' } },
          { title: 'Local', type: 'LINK', value: { text: 'file', href: 'file:///tmp/report.html' } },
          { title: 'Broken', type: 'NUMBER', value: Number.NaN },
        ],
      }),
    ).report;
    expect(data).toEqual([
      { title: 'Dashboard', type: 'LINK', value: { linktext: 'Open', href: 'https://sonar.example.com/d' } },
      { title: 'Local', type: 'TEXT', value: 'file' },
    ]);
  });

  it('sends PASS/FAIL, and a link only when it is http(s)', () => {
    expect(insightPlan('k', insight({ result: 'pass', link: 'javascript:alert(1)' })).report).not.toHaveProperty('link');
    expect(insightPlan('k', insight({ result: 'pass' })).report.result).toBe('PASS');
    expect(insightPlan('k', insight({ result: 'fail' })).report.result).toBe('FAIL');
  });

  it('keeps the note about left-out annotations within the 2,000 characters of details', () => {
    const plan = insightPlan('k', insight({ details: 'd'.repeat(5000), annotations: annotations({ high: 5 }) }), 2);
    expect(plan.report.details).toHaveLength(2000);
    expect(plan.report.details).toMatch(/…\n\n3 lower-severity annotations were left out: Bitbucket Data Center shows at most 2 per report\.$/);
    expect(plan.omitted).toBe(3);
  });
});

describe('annotations', () => {
  it('map severities onto HIGH/MEDIUM/LOW, and put the most severe first even if they arrive unsorted', () => {
    const mixed = [...annotations({ info: 1, low: 1, medium: 1 }), ...annotations({ high: 1, critical: 1 })];
    expect(insightPlan('k', insight({ annotations: mixed })).annotations.map((a) => [a.externalId, a.severity])).toEqual([
      ['critical-0', 'HIGH'],
      ['high-0', 'HIGH'],
      ['medium-0', 'MEDIUM'],
      ['low-0', 'LOW'],
      ['info-0', 'LOW'],
    ]);
  });

  it('omit what is absent or unusable: line without a path, line 0, non-http links; an empty message gets a word; ids stay unique', () => {
    const [base] = annotations({ low: 1 });
    const cases = [
      { ...base!, path: undefined },
      { ...base!, line: 0 },
      { ...base!, line: undefined, link: 'ftp://x/y', message: '   ' },
    ];
    expect(insightPlan('k', insight({ annotations: cases })).annotations).toEqual([
      { externalId: 'low-0', message: 'low finding 0', severity: 'LOW', type: 'CODE_SMELL', link: 'https://sonar.example.com/issue/low-0' },
      { externalId: expect.stringMatching(/^h-[0-9a-f]{32}$/), message: 'low finding 0', severity: 'LOW', type: 'CODE_SMELL', path: 'src/low.ts', link: 'https://sonar.example.com/issue/low-0' },
      { externalId: expect.stringMatching(/^h-[0-9a-f]{32}$/), message: 'Issue', severity: 'LOW', type: 'CODE_SMELL', path: 'src/low.ts' },
    ]);
  });

  it('hash external ids that are long or would be awkward in a URL, stably', () => {
    const externalId = (id: string) => uniqueExternalId(id, new Set(), DC_LIMITS.externalIdLength);
    expect(externalId('AYx-Zq_1.2:3~')).toBe('AYx-Zq_1.2:3~');
    const odd = externalId('src/a b.ts#L3?x');
    expect(odd).toMatch(/^h-[0-9a-f]{32}$/);
    expect(externalId('src/a b.ts#L3?x')).toBe(odd);
    expect(externalId('x'.repeat(449))).toMatch(/^h-/);
    expect(externalId('x'.repeat(449)).length).toBeLessThan(450);
    // A raw id can never pose as the hash of another.
    expect(externalId(odd)).not.toBe(odd);
  });
});

describe('build status', () => {
  const status = decorations('0'.repeat(40)).status;

  it('falls back to the repository page when the URL is missing, not http(s) or over 450 characters', () => {
    for (const url of [undefined, 'ftp://ci/1', `https://ci.example.com/${'x'.repeat(450)}`]) {
      expect(buildStatusBody({ ...status, url }, 'https://host/projects/PRJ/repos/repo').url).toBe('https://host/projects/PRJ/repos/repo');
    }
  });

  it('qualifies the branch as a ref, keeps a ref as it is, and cuts name and description to 255', () => {
    expect(buildStatusBody(status, 'https://h', 'feature/x').ref).toBe('refs/heads/feature/x');
    expect(buildStatusBody(status, 'https://h', 'refs/tags/v1').ref).toBe('refs/tags/v1');
    const long = buildStatusBody({ ...status, name: 'n'.repeat(300), description: 'd'.repeat(300) }, 'https://h');
    expect([long.name?.length, long.description?.length]).toEqual([255, 255]);
    expect(legacyBuildStatusBody(buildStatusBody(status, 'https://h', 'main'))).not.toHaveProperty('ref');
  });
});
