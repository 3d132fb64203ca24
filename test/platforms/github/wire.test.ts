import { describe, expect, it } from '@jest/globals';
import { parseLinks } from '../../../src/platforms/github/pages.js';
import { checkRunPlan, GITHUB_LIMITS, statusBody } from '../../../src/platforms/github/wire.js';
import { annotation, decorations, HEAD, REPORT_ID } from './harness.js';

describe('GitHub wire format', () => {
  it('cuts the summary to 65,535 characters and 65,535 bytes, keeping the note on what was left out', () => {
    // Three UTF-8 bytes per character: within the character limit, three times over the byte limit.
    const insight = { ...decorations().insight, details: '€'.repeat(60_000), annotations: [annotation(1, 'high', { path: undefined })] };
    const { summary } = checkRunPlan(HEAD, REPORT_ID, insight).create.output;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(GITHUB_LIMITS.reportDetails);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(GITHUB_LIMITS.reportDetails - 16);
    expect(summary).toMatch(/1 annotation without a file left out: GitHub annotates files only\.$/);
  });

  it('keeps annotation titles, check-run names and status descriptions within their limits', () => {
    const long = 'x'.repeat(400);
    const plan = checkRunPlan(HEAD, REPORT_ID, { ...decorations().insight, title: long, annotations: [annotation(1, 'high', { message: '' })] });
    expect(plan.create.name).toHaveLength(GITHUB_LIMITS.reportTitle);
    // An empty message would be refused: the title stands in for it.
    expect(plan.create.output.annotations).toEqual([expect.objectContaining({ message: 'Code smell (high)', title: 'Code smell (high)' })]);
    expect(statusBody({ ...decorations().status, description: long }).description).toHaveLength(GITHUB_LIMITS.statusDescription);
    expect(statusBody({ ...decorations().status, url: 'ftp://example.com/x' })).not.toHaveProperty('target_url');
  });

  it("reads the next and the last page from a Link header, whatever the order of its parts", () => {
    expect(parseLinks('<https://api.github.com/x?page=3>; rel="last", <https://api.github.com/x?page=2&a=b,c>; rel="next"')).toEqual({
      next: 'https://api.github.com/x?page=2&a=b,c',
      last: 'https://api.github.com/x?page=3',
    });
    expect(parseLinks('<https://api.github.com/x?page=1>; rel="prev first"')).toEqual({});
    expect(parseLinks(null)).toEqual({});
  });
});
