// The live Datafold reader against the loopback fake: creates, polls, results, and every way a
// diff or a request can go wrong. Waits run on a test clock: sleeping advances it, nothing sleeps.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LineCounter, parseDocument } from 'yaml';
import { InputError, ServerError } from '../../../src/core/errors.js';
import { createLogger } from '../../../src/core/logger.js';
import { Redactor } from '../../../src/core/redact.js';
import { createHttpClient } from '../../../src/http/index.js';
import { datafoldApi } from '../../../src/reports/datafold/live/api.js';
import { type DiffRequest, readDatafoldSection } from '../../../src/reports/datafold/live/diff-config.js';
import { readDatafoldLive, type LiveReadOptions } from '../../../src/reports/datafold/live/read.js';
import type { DataDiffReport } from '../../../src/reports/model.js';
import { peakConcurrency, startDatafold, type DatafoldFake } from '../../fakes/datafold/index.js';

let datafold: DatafoldFake;
let lines: string[];

beforeEach(async () => {
  datafold = await startDatafold({ dataSources: [{ id: 7, name: 'warehouse' }, { id: 8, name: 'lake' }] });
  lines = [];
});

afterEach(async () => {
  expect(datafold.violations).toEqual([]);
  expect(JSON.stringify(datafold.requests) + lines.join('\n')).not.toContain(datafold.apiKey);
  await datafold.close();
});

/** `datafold: diffs:` as a config file holds it. */
function diffs(yaml: string): DiffRequest[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  const node = (doc.contents as { items: { value: unknown }[] }).items[0]!.value;
  return readDatafoldSection(node, doc, (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `.pr-insights.yml:${line}:${col}`;
  });
}

const ORDERS = `datafold:
  diffs:
    - model: fct_orders
      data-source-id: 7
      table1: ANALYTICS.PROD.FCT_ORDERS
      table2: ANALYTICS.PR_42.FCT_ORDERS
      primary-key: [order_id]
    - data-source-id: 7
      table1: ANALYTICS.PROD.DIM_USERS
      table2: ANALYTICS.PR_42.DIM_USERS
      primary-key: [user_id]
      filter: "created_at > '2024-01-01'"
`;

function read(options: Partial<LiveReadOptions> & { apiKey?: string } = {}): Promise<DataDiffReport> {
  const redactor = new Redactor();
  const http = createHttpClient({ baseUrl: `${datafold.url}/`, auth: { kind: 'token', scheme: 'Key', token: options.apiKey ?? datafold.apiKey }, redactor, maxAttempts: 1 });
  let clock = 0;
  return readDatafoldLive({
    api: datafoldApi(http),
    host: 'https://app.datafold.com',
    existing: [],
    create: [],
    dryRun: false,
    waitSeconds: 60,
    poll: { deadline: 60_000, firstIntervalMs: 500, maxIntervalMs: 20_000, concurrency: 8, now: () => clock, sleep: async (ms) => void (clock += ms) },
    // Its own redactor: the check below sees what the code formatted, not what the client's redactor masked.
    log: createLogger((level, message) => lines.push(`${level}: ${message}`), new Redactor()),
    ...options,
  });
}

describe('diffs created from the config file', () => {
  it('are created, polled until done and read: names, tables, keys, links, row counts', async () => {
    datafold.state.planFor({ table2: ['ANALYTICS', 'PR_42', 'FCT_ORDERS'] }, {
      inFlightPolls: 3,
      inFlightWord: 'pending',
      outcome: { status: 'done', results: { rows: { base: 2000, head: 2010, added: 14, removed: 4, changed: 25 }, columns: { amount: 22, status: 9, customer_id: 0 }, pkNulls: [0, 2], pkDuplicates: [0, 1] } },
    });
    const report = await read({ create: diffs(ORDERS) });
    expect(report).toMatchObject({ kind: 'data-diff', format: 'datafold-live', tool: 'Datafold', verdict: 'warn' });
    const [orders, users] = report.models;
    expect(orders).toMatchObject({
      name: 'fct_orders',
      status: 'different',
      base: 'ANALYTICS.PROD.FCT_ORDERS',
      head: 'ANALYTICS.PR_42.FCT_ORDERS',
      primaryKey: ['order_id'],
      rows: { base: 2000, head: 2010, added: 14, removed: 4, changed: 25, unchanged: 1971 },
      primaryKeyIssues: { nulls: [0, 2], duplicates: [0, 1] },
      link: 'https://app.datafold.com/datadiffs/1001/overview',
    });
    expect(orders?.columns?.map((c) => c.name)).toEqual(['amount', 'status']);
    expect(users).toMatchObject({ name: 'ANALYTICS.PR_42.DIM_USERS', status: 'identical', link: 'https://app.datafold.com/datadiffs/1002/overview' });
    // The create bodies as Datafold takes them, the filter on both sides.
    expect([...datafold.state.diffs.values()].map((d) => d.config)).toEqual([
      { data_source1_id: 7, data_source2_id: 7, table1: ['ANALYTICS', 'PROD', 'FCT_ORDERS'], table2: ['ANALYTICS', 'PR_42', 'FCT_ORDERS'], pk_columns: ['order_id'] },
      {
        data_source1_id: 7,
        data_source2_id: 7,
        table1: ['ANALYTICS', 'PROD', 'DIM_USERS'],
        table2: ['ANALYTICS', 'PR_42', 'DIM_USERS'],
        pk_columns: ['user_id'],
        filter1: "created_at > '2024-01-01'",
        filter2: "created_at > '2024-01-01'",
      },
    ]);
  });

  it('are created concurrently, and nothing polls a diff after it has ended', async () => {
    const many = diffs(
      `datafold:\n  diffs:\n${Array.from({ length: 12 }, (_, i) => `    - {data-source-id: 7, table1: P.T${i}, table2: D.T${i}, primary-key: [id]}\n`).join('')}`,
    );
    datafold.setFault({ kind: 'latency', ms: 30 });
    const report = await read({ create: many });
    expect(report.models).toHaveLength(12);
    expect(peakConcurrency(datafold.creates())).toBeGreaterThan(1);
    expect(peakConcurrency(datafold.creates())).toBeLessThanOrEqual(8);
    // Default plan: 2 polls in flight, the 3rd sees it done; then one summary_results.
    for (const diff of datafold.state.diffs.values()) expect(diff.polls).toBe(4);
  });

  it('a dry run creates nothing and says which diffs it would create', async () => {
    const report = await read({ create: diffs(ORDERS), dryRun: true });
    expect(datafold.creates()).toEqual([]);
    expect(report.models).toEqual([]);
    expect(lines).toContain('info: dry run: would create a Datafold diff for fct_orders (ANALYTICS.PROD.FCT_ORDERS → ANALYTICS.PR_42.FCT_ORDERS)');
    expect(lines).toContain('info: dry run: would create a Datafold diff for ANALYTICS.PR_42.DIM_USERS (ANALYTICS.PROD.DIM_USERS → ANALYTICS.PR_42.DIM_USERS)');
  });

  it("a 422 is shown against the config entry that caused it, Datafold's loc and msg", async () => {
    const unknownSource = diffs(ORDERS.replace('data-source-id: 7\n      table1: ANALYTICS.PROD.DIM_USERS', 'data-source-id: 99\n      table1: ANALYTICS.PROD.DIM_USERS'));
    const error = await read({ create: unknownSource }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const { message, source, pointer } = error as InputError;
    expect({ source, pointer }).toEqual({ source: '.pr-insights.yml:8:23', pointer: 'datafold.diffs[1].data-source-id' });
    expect(message).toMatch(/Datafold refused to create the diff of ANALYTICS\.PR_42\.DIM_USERS \(422\): /);
  });
});

describe('diffs created earlier (DATAFOLD_DIFF_IDS)', () => {
  const seed = (table2: string[], plan: Parameters<DatafoldFake['state']['addDiff']>[1] = {}) =>
    datafold.state.addDiff({ data_source1_id: 7, data_source2_id: 7, table1: ['P', ...table2.slice(1)], table2, pk_columns: ['id'] }, plan).id;

  it("take their name from the diff's own table2, and read dependencies in both shapes", async () => {
    const a = seed(['ANALYTICS', 'PR_42', 'ORDERS'], {
      finishedWord: 'success',
      outcome: { status: 'done', results: { rows: { base: 10, head: 12, added: 2 }, dependencies: [{ itemType: 'hightouch', name: 'orders_to_crm' }], dependencyShape: 'deps' } },
    });
    const b = seed(['ANALYTICS', 'PR_42', 'USERS'], {
      outcome: { status: 'done', results: { rows: { base: 5, head: 5, changed: 1 }, columns: { email: 1 }, dependencies: [{ itemType: 'dashboard', name: 'Revenue' }, { itemType: 'table', name: 'MART.USERS' }] } },
    });
    const report = await read({ existing: [a, b] });
    expect(report.models.map((m) => [m.name, m.dependencies])).toEqual([
      ['ANALYTICS.PR_42.ORDERS', [{ kind: 'hightouch', name: 'orders_to_crm' }]],
      ['ANALYTICS.PR_42.USERS', [{ kind: 'dashboard', name: 'Revenue' }, { kind: 'table', name: 'MART.USERS' }]],
    ]);
    expect(datafold.creates()).toEqual([]);
  });

  it("a failed diff fails its model with Datafold's error_type: error_value", async () => {
    const id = seed(['ANALYTICS', 'PR_42', 'ORDERS'], { outcome: { status: 'failed', error: { error_type: 'NoSuchTableException', error_value: 'ANALYTICS.PR_42.ORDERS' } } });
    const report = await read({ existing: [id] });
    expect(report.verdict).toBe('fail');
    expect(report.models[0]).toMatchObject({ status: 'failed', error: 'NoSuchTableException: ANALYTICS.PR_42.ORDERS' });
  });

  it.each([
    ['cancelled', /cancelled in Datafold; create it again, then update DATAFOLD_DIFF_IDS/],
    ['needs_confirmation', /waits for someone to confirm it in Datafold: open https:\/\/app\.datafold\.com\/datadiffs\/\d+\/overview/],
    ['needs_authentication', /needs credentials for the diff's data source/],
  ] as const)('a %s diff fails its model with what to do', async (status, advice) => {
    const id = seed(['ANALYTICS', 'PR_42', 'ORDERS'], { outcome: { status } });
    const report = await read({ existing: [id] });
    expect(report.models[0]?.status).toBe('failed');
    expect(report.models[0]?.error).toMatch(advice);
  });

  it('still running at WAIT_TIMEOUT: a server failure naming the diffs, nothing published', async () => {
    const slow = seed(['ANALYTICS', 'PR_42', 'ORDERS'], { inFlightPolls: 1000 });
    const quick = seed(['ANALYTICS', 'PR_42', 'USERS']);
    const error = await read({ existing: [slow, quick], waitSeconds: 60 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toBe(
      `Datafold diffs still running after WAIT_TIMEOUT (60 s): ANALYTICS.PR_42.ORDERS (diff ${slow}, processing); nothing was published. Raise WAIT_TIMEOUT, or read them once they finish with DATAFOLD_DIFF_IDS=${slow},${quick}`,
    );
    // Bounded: the intervals grow to 20 s, so a minute is a handful of polls.
    expect(datafold.state.diff(slow)!.polls).toBeLessThan(12);
  });

  it('a bad API key names DATAFOLD_API_KEY and never shows the key', async () => {
    const id = seed(['ANALYTICS', 'PR_42', 'ORDERS']);
    const error = await read({ existing: [id], apiKey: 'revoked-datafold-key-123' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toMatch(/^Datafold refused DATAFOLD_API_KEY \(401: Invalid API key\)/);
    expect((error as Error).message).not.toContain('revoked-datafold-key-123');
  });

  it('a key without access to the data source: 403 names DATAFOLD_API_KEY', async () => {
    datafold.state.addApiKey('lake-only-key', { dataSources: [8] });
    const id = seed(['ANALYTICS', 'PR_42', 'ORDERS']);
    const error = await read({ existing: [id], apiKey: 'lake-only-key' }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Datafold: DATAFOLD_API_KEY may not read data diff \d+ \(403/);
  });

  it('an unknown id is bad input naming DATAFOLD_DIFF_IDS', async () => {
    const error = await read({ existing: [424242] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^DATAFOLD_DIFF_IDS: Datafold has no data diff 424242/);
  });
});
