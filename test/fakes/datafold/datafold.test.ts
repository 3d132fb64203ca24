import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { sequentialRoundTrips } from '../critical-path.js';
import { call, type JsonResponse } from '../json-client.js';
import { loadSpecValidator } from '../spec-validator.js';
import { peakConcurrency, startDatafold, type DatafoldFake, type DiffOutcome } from './index.js';

const ORDERS = {
  data_source1_id: 7,
  data_source2_id: 7,
  table1: ['ANALYTICS', 'PROD', 'ORDERS'],
  table2: ['ANALYTICS', 'PR_42', 'ORDERS'],
  pk_columns: ['order_id'],
};

let datafold: DatafoldFake;
let diffs: string;
let key: { authorization: string };

beforeEach(async () => {
  datafold = await startDatafold({ dataSources: [{ id: 7, name: 'warehouse' }] });
  diffs = `${datafold.url}/api/v1/datadiffs`;
  key = { authorization: datafold.authorization };
});

afterEach(async () => {
  await datafold.close();
});

const create = (body: unknown, authorization = datafold.authorization) => call('POST', diffs, { authorization, body });
const status = (id: number) => call('GET', `${diffs}/${id}`, key);
const summary = (id: number) => call('GET', `${diffs}/${id}/summary_results`, key);

async function created(body: unknown = ORDERS): Promise<number> {
  const response = await create(body);
  expect(response.status).toBe(200);
  return response.body.id as number;
}

describe('authentication', () => {
  it('wants Authorization: Key <api key>; anything else is a 401 in FastAPI shape', async () => {
    const id = await created();
    for (const authorization of [undefined, `Bearer ${datafold.apiKey}`, datafold.apiKey, 'Key not-the-key']) {
      const denied = await call('GET', `${diffs}/${id}`, authorization === undefined ? {} : { authorization });
      expect(denied.status).toBe(401);
      expect(denied.body).toEqual({ detail: expect.any(String) });
    }
    expect((await status(id)).status).toBe(200);
  });

  it('answers 403 to a key without access to a data source, on create and on polls', async () => {
    datafold.state.addDataSource({ id: 8 });
    datafold.state.addApiKey('other-team', { dataSources: [8] });
    const denied = await create(ORDERS, 'Key other-team');
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({ detail: expect.stringContaining('data source 7') });
    const id = await created();
    expect((await call('GET', `${diffs}/${id}`, { authorization: 'Key other-team' })).status).toBe(403);
    expect(datafold.state.diffs.size).toBe(1);
  });

  it('keeps the key out of the request log', async () => {
    await created();
    await call('GET', `${diffs}/1`, { authorization: 'Key wrong-key-value' });
    const log = JSON.stringify(datafold.requests);
    expect(log).not.toContain(datafold.apiKey);
    expect(log).not.toContain('wrong-key-value');
    expect(datafold.requests[0]).toMatchObject({ auth: 'other', identity: 'user:1', operation: 'datadiffs.create' });
  });
});

describe('POST /api/v1/datadiffs', () => {
  it('answers with the created diff, waiting, and stores its configuration', async () => {
    const response = await create({ ...ORDERS, filter2: 'amount > 0', exclude_columns: ['updated_at'] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      ...ORDERS,
      id: expect.any(Number),
      status: 'waiting',
      done: false,
      source: 'api',
      kind: 'in_db',
      algorithm: 'join',
      query1: null,
      filter2: 'amount > 0',
      created_at: expect.any(String),
    });
    expect(datafold.state.diff(response.body.id)).toMatchObject({
      dataSource1Id: 7,
      table2: ORDERS.table2,
      query1: null,
      pkColumns: ['order_id'],
      filter2: 'amount > 0',
      excludeColumns: ['updated_at'],
      status: 'waiting',
      polls: 0,
    });
  });

  it('takes queries instead of tables, and two data sources as a cross-database diff', async () => {
    datafold.state.addDataSource({ id: 9, type: 'bigquery' });
    const body = { data_source1_id: 7, data_source2_id: 9, query1: 'select * from orders', query2: 'select * from orders', pk_columns: ['order_id'] };
    const response = await create(body);
    expect(response.body).toMatchObject({ kind: 'cross_db', algorithm: 'fetch_and_join', table1: null, query2: 'select * from orders' });
  });

  it('refuses a body without pk_columns in exactly FastAPI shape', async () => {
    const { pk_columns: _, ...body } = ORDERS;
    const refused = await create(body);
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({ detail: [{ loc: ['body', 'pk_columns'], msg: 'field required', type: 'value_error.missing' }] });
  });

  it.each<[string, unknown, { loc: unknown[]; type: string }]>([
    ['a table path that is not a list', { ...ORDERS, table1: 'ANALYTICS.PROD.ORDERS' }, { loc: ['body', 'table1'], type: 'type_error.list' }],
    ['a table path with a non-string part', { ...ORDERS, table2: ['ANALYTICS', 42] }, { loc: ['body', 'table2', 1], type: 'type_error.str' }],
    ['a data source id that is not an integer', { ...ORDERS, data_source2_id: 'seven' }, { loc: ['body', 'data_source2_id'], type: 'type_error.integer' }],
    ['a missing data source id', { ...ORDERS, data_source1_id: undefined }, { loc: ['body', 'data_source1_id'], type: 'value_error.missing' }],
    ['an empty key', { ...ORDERS, pk_columns: [] }, { loc: ['body', 'pk_columns'], type: 'value_error.list.min_items' }],
    ['neither table nor query', { ...ORDERS, table1: undefined }, { loc: ['body'], type: 'value_error' }],
    ['both table and query', { ...ORDERS, query2: 'select 1' }, { loc: ['body'], type: 'value_error' }],
    ['an unknown data source', { ...ORDERS, data_source2_id: 99 }, { loc: ['body', 'data_source2_id'], type: 'value_error' }],
    ['a body that is not an object', [ORDERS], { loc: ['body'], type: 'type_error.dict' }],
  ])('refuses %s with 422', async (_, body, item) => {
    const refused = await create(body);
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContainEqual({ ...item, msg: expect.any(String) });
    expect(datafold.state.diffs.size).toBe(0);
  });

  it('refuses JSON it cannot read', async () => {
    const refused = await call('POST', diffs, { ...key, body: '{"data_source1_id": 7,' });
    expect(refused.status).toBe(422);
    expect(refused.body.detail[0]).toMatchObject({ loc: ['body'] });
    expect(datafold.violations.map((v) => v.reason)).toEqual(['invalid-json']);
  });
});

describe('GET a diff that does not exist', () => {
  it('is a 404 with a detail, and a non-integer id a 422 on the path', async () => {
    const missing = await status(4242);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: expect.stringContaining('4242') });
    expect((await summary(4242)).status).toBe(404);
    const bad = await call('GET', `${diffs}/abc`, key);
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toEqual([{ loc: ['path', 'datadiff_id'], msg: 'value is not a valid integer', type: 'type_error.integer' }]);
  });

  it('answers FastAPI 404/405 for paths and methods it has no route for', async () => {
    expect((await call('GET', `${datafold.url}/api/v1/monitors`, key)).body).toEqual({ detail: 'Not Found' });
    const wrongMethod = await call('DELETE', diffs, key);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toEqual({ detail: 'Method Not Allowed' });
  });
});

describe('progression by polls', () => {
  it('moves waiting → processing → done, counting status and summary_results polls together', async () => {
    const id = await created();
    expect((await status(id)).body).toMatchObject({ status: 'waiting', done: false });
    expect((await summary(id)).body).toEqual({ status: 'running' });
    expect(datafold.state.diff(id)?.status).toBe('processing');
    const done = await status(id);
    expect(done.body).toMatchObject({ status: 'done', done: true, finished_at: expect.any(String) });
    expect((await summary(id)).body).toMatchObject({ status: 'done', pks: { total_rows: [0, 0] } });
    expect(datafold.state.diff(id)?.polls).toBe(4);
  });

  it('follows a plan chosen by the create body: poll count and both status words', async () => {
    datafold.state.planFor({ table2: ORDERS.table2 }, { inFlightPolls: 3, inFlightWord: 'pending', finishedWord: 'success' });
    const id = await created();
    const other = await created({ ...ORDERS, table2: ['ANALYTICS', 'PR_42', 'CUSTOMERS'] });
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) seen.push((await summary(id)).body.status);
    expect(seen).toEqual(['pending', 'pending', 'pending', 'success', 'success']);
    expect(datafold.state.diff(other)?.plan.inFlightPolls).toBe(2);
  });

  it('serves a diff seeded without a create', async () => {
    const diff = datafold.state.addDiff(ORDERS, { inFlightPolls: 0, outcome: { status: 'done', results: { rows: { base: 5, head: 6, added: 1 } } } });
    expect((await summary(diff.id)).body.pks.exclusives).toEqual([0, 1]);
  });
});

describe('terminal states', () => {
  const outcomes: Array<[DiffOutcome, unknown]> = [
    [
      { status: 'failed', error: { error_type: 'NoSuchTableException', error_value: 'ANALYTICS.PR_42.ORDERS' } },
      { status: 'failed', error: { error_type: 'NoSuchTableException', error_value: 'ANALYTICS.PR_42.ORDERS' } },
    ],
    [{ status: 'cancelled' }, { status: 'running' }],
    [{ status: 'needs_confirmation' }, { status: 'running' }],
    [{ status: 'needs_authentication' }, { status: 'running' }],
  ];
  it.each(outcomes)('%j shows on the status endpoint after the in-flight polls', async (outcome, summaryBody) => {
    datafold.state.planFor(() => true, { inFlightPolls: 1, outcome });
    const id = await created();
    expect((await status(id)).body.status).toBe('waiting');
    for (let i = 0; i < 2; i++) {
      expect((await status(id)).body.status).toBe(outcome.status);
      expect((await summary(id)).body).toEqual(summaryBody);
    }
  });

  it('cancels a running diff, and leaves a finished one alone', async () => {
    const running = await created();
    const cancelled = await call('POST', `${diffs}/${running}/cancel`, key);
    expect(cancelled.body).toEqual({ id: running, status: 'cancelled' });
    expect((await status(running)).body).toMatchObject({ status: 'cancelled', done: true });

    const finished = datafold.state.addDiff(ORDERS, { inFlightPolls: 0 });
    await status(finished.id);
    expect((await call('POST', `${diffs}/${finished.id}/cancel`, key)).body.status).toBe('done');
  });
});

describe('faults and request counting', () => {
  it('answers injected 5xx in FastAPI shape; a faulted poll does not count', async () => {
    const id = await created();
    datafold.setFault({ kind: 'server-error', status: 502, match: { operation: 'datadiffs.summaryResults' } });
    const failed = await summary(id);
    expect(failed.status).toBe(502);
    expect(failed.body).toEqual({ detail: expect.any(String) });
    expect(datafold.state.diff(id)?.polls).toBe(0);
    expect((await summary(id)).status).toBe(200);
  });

  it('creates the diff when the connection drops after handling', async () => {
    datafold.setFault({ kind: 'reset', afterHandling: true, match: { method: 'POST', path: '/api/v1/datadiffs' } });
    await expect(create(ORDERS)).rejects.toThrow();
    expect(datafold.state.diffs.size).toBe(1);
    expect(datafold.creates()).toHaveLength(1);
  });

  it('leaves a hanging poll to the client to abandon', async () => {
    const id = await created();
    datafold.setFault({ kind: 'hang', match: { path: '/api/v1/datadiffs/{datadiff_id}' } });
    await expect(fetch(`${diffs}/${id}`, { headers: key, signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(datafold.requests.at(-1)).toMatchObject({ fault: 'hang' });
  });

  it('shows creates sent together as concurrent, and one after another as sequential', async () => {
    // The latency holds each create open on the server, so requests sent together really overlap.
    datafold.setFault({ kind: 'latency', ms: 300, match: { operation: 'datadiffs.create' } });
    const tables = ['ORDERS', 'CUSTOMERS', 'PAYMENTS'].map((t) => ({ ...ORDERS, table2: ['ANALYTICS', 'PR_42', t] }));
    const together = await Promise.all(tables.map((body) => create(body)));
    expect(together.map((r: JsonResponse) => r.status)).toEqual([200, 200, 200]);
    expect(peakConcurrency(datafold.creates())).toBe(3);
    expect(sequentialRoundTrips(datafold.creates())).toBe(1);

    datafold.clearFaults();
    for (const body of tables) await create(body);
    expect(peakConcurrency(datafold.creates().slice(3))).toBe(1);
    expect(sequentialRoundTrips(datafold.creates().slice(3))).toBe(3);
  });
});

describe('peakConcurrency', () => {
  it('counts overlapping spans; touching ones do not overlap; open ones never end', () => {
    expect(peakConcurrency([])).toBe(0);
    expect(peakConcurrency([{ startedAt: 0, endedAt: 10 }, { startedAt: 10, endedAt: 20 }])).toBe(1);
    expect(peakConcurrency([{ startedAt: 0, endedAt: 10 }, { startedAt: 5, endedAt: 20 }, { startedAt: 6, endedAt: 7 }])).toBe(3);
    expect(peakConcurrency([{ startedAt: 0 }, { startedAt: 100, endedAt: 200 }])).toBe(2);
  });
});

const validation = loadSpecValidator('datafold').status;
const specIt = validation.enabled ? it : it.skip;
describe(validation.enabled ? 'create validated against the published description' : `create validated against the published description (skipped: ${validation.reason})`, () => {
  specIt('records nothing for a body the description accepts', async () => {
    await created({ ...ORDERS, include_columns: ['amount'], column_mapping: [['amount', 'amount_usd']], diff_tolerance: 0.01 });
    expect(datafold.violations).toEqual([]);
    expect(datafold.specValidation).toMatchObject({ enabled: true, quirks: ['datafold-pk-columns-required'] });
  });

  specIt('records and refuses what only the description rejects', async () => {
    const refused = await create({ ...ORDERS, tolerance_mode: 'fuzzy', column_mapping: [['amount']] });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContainEqual({ loc: ['body', 'tolerance_mode'], msg: expect.any(String), type: 'value_error' });
    expect(refused.body.detail).toContainEqual({ loc: ['body', 'column_mapping', 0], msg: expect.any(String), type: 'value_error' });
    expect(datafold.violations).toEqual([
      expect.objectContaining({ spec: 'datafold', operation: 'create_datadiff_api_v1_datadiffs_post', reason: 'schema', path: '/api/v1/datadiffs' }),
    ]);
  });

  specIt('records a missing pk_columns (the docs require it, the description does not)', async () => {
    const { pk_columns: _, ...body } = ORDERS;
    await create(body);
    expect(datafold.violations[0]?.errors).toContainEqual({ pointer: '', message: "must have required property 'pk_columns'" });
  });
});
