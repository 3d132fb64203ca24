// The data-diff decorations once the verdict step has judged the diff against thresholds, and the
// comment's layout for a PR pane: which models come first, which columns stay, what a cut keeps.
import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { judgeReport } from '../../src/reports/data-diff-verdict.js';
import type { DataDiffReport, ModelDiff } from '../../src/reports/model.js';
import type { ThresholdSet } from '../../src/reports/threshold-config.js';
import { renderDecorations } from '../../src/render/index.js';
import { COMMIT, identical, mixedDiff } from './fixtures.js';

const percent = (value: number) => ({ value, unit: 'percent' as const });

/** Rows changed: warn above 1 %, fail above 5 %; a schema change warns; per model, staging is looser. */
const THRESHOLDS: ThresholdSet = {
  default: { 'rows-changed': { warn: percent(1), fail: percent(5) }, 'schema-changes': 'warn', 'primary-keys': 'fail' },
  models: [{ key: 'model.shop.stg_*', checks: { 'rows-changed': { fail: percent(50) } } }],
};

function diffed(name: string, base: number, changed: number, extra: Partial<ModelDiff> = {}): ModelDiff {
  return {
    name,
    status: changed > 0 || extra.schema ? 'different' : 'identical',
    rows: { base, head: base, added: 0, removed: 0, changed, unchanged: base - changed },
    matchPercent: (100 * (base - changed)) / base,
    ...extra,
  };
}

function shopDiff(): DataDiffReport {
  return {
    kind: 'data-diff',
    format: 'datafold-live',
    tool: 'Datafold',
    verdict: 'warn',
    models: [
      diffed('model.shop.dim_customers', 4_000, 0),
      diffed('model.shop.fct_orders', 10_000, 1_240, { columns: [{ name: 'amount', differing: 1_240, percentDiffering: 12.4 }], link: 'https://app.datafold.com/datadiffs/1001/overview' }),
      diffed('model.shop.stg_events', 1_000, 300),
      diffed('model.shop.dim_users', 2_000, 30, { schema: { added: ['channel'], removed: [], typeChanged: [] }, dependencies: [{ kind: 'hightouch', name: 'users_to_crm' }] }),
      diffed('model.shop.fct_refunds', 500, 1),
      diffed('model.shop.fct_payments', 800, 0, { primaryKeyIssues: { nulls: [0, 2], duplicates: [0, 0] } }),
    ],
  };
}

/** `null`: no thresholds at all. */
const render = (report: DataDiffReport, thresholds: ThresholdSet | null = THRESHOLDS, commentLimit?: number) =>
  renderDecorations(judgeReport(report, thresholds ?? undefined), { reportId: 'data-diff', failOn: 'failure', commit: COMMIT, ...(commentLimit && { commentLimit }) });

describe('a data diff judged against thresholds', () => {
  const decorations = render(shopDiff());
  const md = decorations.comment.markdown;

  it('reads as a reviewer needs it', () => {
    expect(md).toMatchSnapshot();
  });

  it('says in the verdict line which models broke which threshold', () => {
    expect(md.split('\n')[0]).toBe(
      '❌ **Data diff: failed** — 2 of 6 models over thresholds: fct\\_orders (12.4 % rows changed &gt; 5 %), fct\\_payments (2 null primary keys in the head table); 1 warns',
    );
  });

  it('marks the value that crossed a threshold, and says the threshold', () => {
    const orders = md.split('\n').find((line) => line.includes('fct\\_orders]'));
    expect(orders).toBe('| ❌ [fct\\_orders](https://app.datafold.com/datadiffs/1001/overview) | 0 | 0 | **1,240** ❌ | 8,760 | 87.6% | ❌ 12.4 % rows changed &gt; 5 % |');
    expect(md).toContain('| ⚠️ dim\\_users | 0 | 0 | **30** ⚠️ | 1,970 | 98.5% | ⚠️ 1.5 % rows changed &gt; 1 % · ⚠️ schema changed: 1 column added |');
  });

  it('keeps models within thresholds compact: no marks, no detail line', () => {
    expect(md).toContain('| ✅ stg\\_events | 0 | 0 | 300 | 700 | 70.0% | within thresholds |');
    expect(md).toContain('| ✅ fct\\_refunds | 0 | 0 | 1 | 499 | 99.8% | within thresholds |');
    expect(md).not.toMatch(/^- \*\*(stg_events|fct\\_refunds)/m);
  });

  it('drops the columns no model fills (no model was added to or removed from here)', () => {
    const header = md.split('\n').find((line) => line.startsWith('| Model'));
    expect(header).toBe('| Model | Added | Removed | Changed | Unchanged | Match | Why |');
    const generic: DataDiffReport = { kind: 'data-diff', format: 'generic', tool: 'x', verdict: 'warn', models: [{ name: 'orders', status: 'different' }] };
    expect(render(generic, null).comment.markdown).toContain('| Model |\n| --- |\n| ⚠️ orders |');
  });

  it('carries the same verdict to the Code Insights report and the status', () => {
    expect(decorations.insight.result).toBe('fail');
    expect(decorations.insight.details).toContain('Over thresholds:\n- model.shop.fct_orders: 12.4 % rows changed > 5 %\n- model.shop.fct_payments: 2 null primary keys in the head table');
    expect(decorations.insight.details).toContain('Over warning thresholds:\n- model.shop.dim_users: 1.5 % rows changed > 1 %; schema changed: 1 column added');
    expect(decorations.insight.data.slice(0, 3)).toEqual([
      { title: 'Models compared', type: 'NUMBER', value: 6 },
      { title: 'Models over thresholds', type: 'NUMBER', value: 2 },
      { title: 'Models warned', type: 'NUMBER', value: 1 },
    ]);
    expect(decorations.status).toMatchObject({ state: 'failure', description: expect.stringMatching(/^Failed: 2 of 6 models over thresholds/) });
  });

  it('passes with every difference within thresholds, and says so', () => {
    const within = render({ ...shopDiff(), models: [diffed('model.shop.fct_refunds', 500, 1), diffed('model.shop.dim_customers', 4_000, 0)] });
    expect(within.outcome).toBe('pass');
    expect(within.headline).toBe('Data diff: passed — all 2 models within thresholds; 1 differs');
  });
});

describe('the comment in a PR pane', () => {
  it('ranks models by how much differs, failures first', () => {
    const report: DataDiffReport = {
      kind: 'data-diff',
      format: 'data-diff-dbt',
      tool: 'data-diff',
      verdict: 'fail',
      models: [
        diffed('asmall', 1_000, 1),
        diffed('bbig', 1_000, 400),
        { name: 'cbroken', status: 'failed', error: 'No primary key found.' },
        diffed('dmedium', 1_000, 40),
      ],
    };
    const rows = render(report, null).comment.markdown.split('\n').filter((line) => /^\| (❌|⚠️|✅) /.test(line));
    expect(rows.map((row) => /\| \S+ (\w+)/.exec(row)?.[1])).toEqual(['cbroken', 'bbig', 'dmedium', 'asmall']);
  });

  it('when cut, keeps the failures and the biggest differences, with the note', () => {
    const models = [
      { name: 'model.shop.broken', status: 'failed' as const, error: 'Database error: relation does not exist' },
      ...Array.from({ length: 300 }, (_, i) => diffed(`model.shop.t_${String(i).padStart(3, '0')}`, 100_000, i + 1)),
    ];
    const md = render({ kind: 'data-diff', format: 'data-diff-dbt', tool: 'data-diff', verdict: 'fail', models }, null, 8_000).comment.markdown;
    expect(md.length).toBeLessThanOrEqual(8_000);
    expect(md).toContain('broken');
    expect(md).toContain('t\\_299');
    expect(md).not.toContain('t\\_000');
    expect(md).toMatch(/… [\d,]+ more models not shown: comment size limit/);
    expect(md).toMatch(/\[\/\/\]: # \(pr-insights:data-diff:/);
  });

  it('shows long dbt ids without the package they all share, and keeps the reason in view', () => {
    const md = render(mixedDiff(), null).comment.markdown;
    expect(md).toContain('| ❌ payments | — | — | — | — | — | **Failed:** No primary key found.');
    expect(md).not.toContain('jaffle\\_shop');
  });

  it('renders as a table with the same cells on a CommonMark renderer', () => {
    const html = new MarkdownIt().render(render(shopDiff()).comment.markdown);
    expect(html.match(/<tr>/g)).toHaveLength(7);
    expect(html).toContain('<strong>1,240</strong> ❌');
  });
});

describe('identical models', () => {
  it('collapse into one line when many, with or without thresholds', () => {
    const models = [diffed('model.shop.fct_orders', 10_000, 1_240), ...Array.from({ length: 8 }, (_, i) => identical(`model.shop.dim_${i}`, 10))];
    for (const thresholds of [THRESHOLDS, null]) {
      const md = render({ kind: 'data-diff', format: 'x', tool: 'data-diff', verdict: 'warn', models }, thresholds).comment.markdown;
      expect(md).toContain('✅ **8 models identical:** dim\\_0, dim\\_1');
    }
  });
});
