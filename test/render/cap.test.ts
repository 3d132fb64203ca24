import { describe, expect, it } from '@jest/globals';
import type { DataDiffReport, GateCondition, ModelDiff, QualityGateReport } from '../../src/reports/model.js';
import { capMarkdown, type CapBlock } from '../../src/render/cap.js';
import { renderDecorations } from '../../src/render/index.js';
import { findMarker } from '../../src/render/marker.js';
import { COMMIT, condition, identical } from './fixtures.js';

const noun = { one: 'row', other: 'rows' };
const FOOTER = '_footer_\n\n[//]: # (pr-insights:x)';
const TAIL = { footer: '_footer_', marker: '[//]: # (pr-insights:x)' };

function rows(names: string[], rank: (i: number) => number): CapBlock {
  return { kind: 'rows', header: '| h |\n| --- |', rows: names.map((n, i) => ({ markdown: `| ${n} |`, rank: rank(i) })), noun };
}

describe('capMarkdown', () => {
  it('joins blocks unchanged when they fit', () => {
    const out = capMarkdown([{ kind: 'text', markdown: 'verdict' }, rows(['a', 'b'], () => 1)], { limit: 1000, ...TAIL });
    expect(out).toBe(`verdict\n\n| h |\n| --- |\n| a |\n| b |\n\n${FOOTER}`);
  });

  it('cuts the least important rows first, from the end, and says how many', () => {
    const names = Array.from({ length: 40 }, (_, i) => `row-${String(i).padStart(2, '0')}-${'x'.repeat(20)}`);
    // Even rows matter more than odd ones; the limit leaves room for all even rows and a few odd ones.
    const out = capMarkdown([{ kind: 'text', markdown: 'verdict' }, rows(names, (i) => (i % 2 === 0 ? 2 : 1))], {
      limit: 900,
      ...TAIL,
    });
    expect(out.length).toBeLessThanOrEqual(900);
    const kept = [...out.matchAll(/row-(\d+)/g)].map((m) => Number(m[1]));
    const keptOdd = kept.filter((i) => i % 2 === 1);
    expect(kept.filter((i) => i % 2 === 0)).toHaveLength(20);
    expect(keptOdd.length).toBeGreaterThan(0);
    expect(keptOdd).toEqual(Array.from({ length: keptOdd.length }, (_, i) => 2 * i + 1));
    // Rows stay in their original order.
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(out).toContain(`… ${40 - kept.length} more rows not shown: comment size limit`);
    expect(out.endsWith(FOOTER)).toBe(true);
  });

  it('separates the note from the table so it does not become a row', () => {
    const out = capMarkdown([rows(['a'.repeat(100), 'b'.repeat(100)], () => 1)], { limit: 220, ...TAIL });
    expect(out.length).toBeLessThanOrEqual(220);
    expect(out).toMatch(/\| a+ \|\n\n… 1 more row not shown/);
  });

  it('drops the table header when every row goes', () => {
    const out = capMarkdown([{ kind: 'text', markdown: 'verdict' }, rows(['a'.repeat(200)], () => 1)], { limit: 150, ...TAIL });
    expect(out).toBe(`verdict\n\n… 1 more row not shown: comment size limit\n\n${FOOTER}`);
  });

  it('cuts over-long kept text as a last resort, never the footer', () => {
    const out = capMarkdown([{ kind: 'text', markdown: `${'word '.repeat(400)}&#124;` }], { limit: 300, ...TAIL });
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out).toContain('… rest of the comment not shown: comment size limit');
    expect(out.endsWith(FOOTER)).toBe(true);
  });

  it('does not leave half an entity or a dangling escape when it must cut inside a line', () => {
    const text = '&#124;\\*'.repeat(100);
    for (let limit = 120; limit < 140; limit += 1) {
      const out = capMarkdown([{ kind: 'text', markdown: text }], { limit, ...TAIL });
      const body = out.slice(0, out.indexOf('\n\n…'));
      expect(body).toMatch(/^(&#124;\\\*)*(&#124;)?$/);
    }
  });
});

function hugeGate(): QualityGateReport {
  const conditions: GateCondition[] = Array.from({ length: 500 }, (_, i) =>
    i % 50 === 0
      ? condition(`new_custom_${i}`, `Custom Metric ${i} on New Code`, 'PERCENT', 'ERROR', 'LT', '80', '12.5')
      : condition(`custom_metric_number_${i}`, `Custom Metric Number ${i} With A Long Display Name`, 'INT', 'OK', 'GT', '100', '3'),
  );
  return {
    kind: 'quality-gate',
    format: 'generic-quality-gate',
    tool: 'SonarQube',
    verdict: 'fail',
    status: 'ERROR',
    conditions,
    ignoredConditions: false,
    findings: [],
  };
}

function hugeDiff(): DataDiffReport {
  const models: ModelDiff[] = Array.from({ length: 2000 }, (_, i) =>
    i % 3 === 0
      ? identical(`model.warehouse.identical_model_${i}`, 1000)
      : i % 100 === 1
        ? { name: `model.warehouse.broken_${i}`, status: 'failed', error: `Database Error: relation "broken_${i}" does not exist` }
        : {
            name: `model.warehouse.changed_model_with_a_long_name_${i}`,
            status: 'different',
            rows: { added: i, removed: 1, changed: 2 * i, unchanged: 100_000 },
            matchPercent: 97.5,
            columns: [{ name: 'amount', differing: 2 * i }],
          },
  );
  return { kind: 'data-diff', format: 'data-diff-dbt', tool: 'data-diff', verdict: 'fail', models };
}

describe('comment size cap on whole reports', () => {
  it('keeps a 500-condition gate under the limit, failed conditions kept, and says what was cut', () => {
    const { comment } = renderDecorations(hugeGate(), { reportId: 'sonarqube', failOn: 'failure', commit: COMMIT });
    expect(comment.markdown.length).toBeLessThanOrEqual(30_000);
    expect(comment.markdown).toMatch(/… \d+ more conditions not shown: comment size limit/);
    // All ten failed conditions survive; passing ones went first.
    expect(comment.markdown.match(/\| ❌ Failed \|/g)).toHaveLength(10);
    expect(findMarker(comment.markdown)).toEqual({ reportId: 'sonarqube', commit: COMMIT });
  });

  it('keeps a 2000-model diff under a smaller limit, failures kept, and says what was cut', () => {
    const { comment } = renderDecorations(hugeDiff(), { reportId: 'data-diff', failOn: 'failure', commentLimit: 20_000 });
    expect(comment.markdown.length).toBeLessThanOrEqual(20_000);
    expect(comment.markdown).toMatch(/… [\d,]+ more models not shown: comment size limit/);
    const report = hugeDiff();
    const failed = report.models.filter((m) => m.status === 'failed').length;
    expect(comment.markdown.match(/\*\*Failed:\*\*/g)).toHaveLength(failed);
    // Identical models are collapsed into one line, not cut silently.
    expect(comment.markdown).toContain('✅ **667 models identical:**');
    expect(comment.markdown.startsWith(`❌ **Data diff: failed** — ${failed} of 2,000 models could not be diffed; 1,319 differ`)).toBe(true);
    expect(findMarker(comment.markdown)).toEqual({ reportId: 'data-diff' });
  });

  it('honours the GitHub-sized limit too', () => {
    const { comment } = renderDecorations(hugeDiff(), { reportId: 'data-diff', failOn: 'failure', commentLimit: 65_000 });
    expect(comment.markdown.length).toBeLessThanOrEqual(65_000);
    expect(comment.markdown.length).toBeGreaterThan(50_000);
  });
});
