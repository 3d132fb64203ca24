import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { REPORT_FORMATS } from '../../../src/reports/formats.js';
import type { DataDiffReport } from '../../../src/reports/model.js';
import { parseReport } from '../../../src/reports/read.js';
import { call } from '../json-client.js';
import { loadSpecValidator } from '../spec-validator.js';
import { startDatafold, type DatafoldFake, type DiffPlan, type ResultsSeed } from './index.js';

const ORDERS = {
  data_source1_id: 7,
  data_source2_id: 7,
  table1: ['ANALYTICS', 'PROD', 'ORDERS'],
  table2: ['ANALYTICS', 'PR_42', 'ORDERS'],
  pk_columns: ['order_id'],
};

const SEED: ResultsSeed = {
  rows: { base: 2000, head: 2010, added: 14, removed: 4, changed: 25 },
  columns: { amount: 22, status: 9, customer_id: 0 },
  pkNulls: [0, 2],
  pkDuplicates: [0, 1],
  schemaChanges: { added: ['discount_code', 'channel'], removed: ['legacy_flag'], typeChanged: ['created_at'] },
  dependencies: [{ itemType: 'hightouch', name: 'orders_to_crm' }],
};

let datafold: DatafoldFake;

beforeAll(async () => {
  datafold = await startDatafold({ dataSources: [{ id: 7 }, { id: 9, type: 'bigquery' }] });
});

afterAll(async () => {
  await datafold.close();
});

/** Seeds a diff that is finished on its first poll and answers its summary_results body. */
async function finishedBody(plan: DiffPlan, config: Record<string, unknown> = ORDERS): Promise<Record<string, any>> {
  const diff = datafold.state.addDiff(config, { inFlightPolls: 0, ...plan });
  const response = await call('GET', `${datafold.url}/api/v1/datadiffs/${diff.id}/summary_results`, { authorization: datafold.authorization });
  expect(response.status).toBe(200);
  return response.body;
}

function productReads(body: unknown): DataDiffReport {
  const text = JSON.stringify(body);
  return parseReport({ path: 'summary_results.json', text, json: JSON.parse(text) }, REPORT_FORMATS) as DataDiffReport;
}

describe("summary_results as the product's own parser reads it", () => {
  it('gives back the seeded rows, columns, schema changes and key issues', async () => {
    const report = productReads(await finishedBody({ outcome: { status: 'done', results: SEED } }));
    expect(report.format).toBe('datafold-summary');
    const [model] = report.models;
    expect(model).toMatchObject({
      status: 'different',
      rows: { base: 2000, head: 2010, added: 14, removed: 4, changed: 25, unchanged: 2000 - 25 - 4 },
      schema: { added: ['discount_code', 'channel'], removed: ['legacy_flag'], typeChanged: ['created_at'] },
      primaryKeyIssues: { nulls: [0, 2], duplicates: [0, 1] },
    });
    // 1996 rows are in both datasets; a column's percent differing is its differing values among them.
    expect(model?.columns).toEqual([
      { name: 'amount', differing: 22, percentDiffering: expect.closeTo((22 / 1996) * 100, 5) },
      { name: 'status', differing: 9, percentDiffering: expect.closeTo((9 / 1996) * 100, 5) },
    ]);
  });

  it('reads the older words and shapes too: success, dependencies under deps', async () => {
    const body = await finishedBody({ finishedWord: 'success', outcome: { status: 'done', results: { ...SEED, dependencyShape: 'deps' } } });
    expect(body['status']).toBe('success');
    expect(body['dependencies']).toEqual({ deps: { hightouch: [{ name: 'orders_to_crm', path: ['orders_to_crm'] }] } });
    expect(productReads(body).models[0]?.rows?.added).toBe(14);
  });

  it('lists dependencies as the current description does by default', async () => {
    const body = await finishedBody({ outcome: { status: 'done', results: SEED } });
    expect(body['dependencies']).toEqual([
      { uid: 'snowflake:hightouch:orders_to_crm', item_type: 'hightouch', name: 'orders_to_crm', path: ['orders_to_crm'], data_source_id: 7, data_source_type: 'snowflake', popularity: null },
    ]);
  });

  it('leaves the schema section out of a cross-database diff', async () => {
    const body = await finishedBody({ outcome: { status: 'done', results: { rows: { base: 500, head: 500 } } } }, { ...ORDERS, data_source2_id: 9 });
    expect(body).not.toHaveProperty('schema');
    const report = productReads(body);
    expect(report.verdict).toBe('pass');
    expect(report.models[0]).toMatchObject({ status: 'identical', rows: { base: 500, head: 500, unchanged: 500 } });
    expect(report.models[0]).not.toHaveProperty('schema');
  });

  it('answers an exact body when a test gives one, with the planned finished word', async () => {
    const exact = { status: 'ignored', pks: { total_rows: [3, 3], exclusives: [0, 0] }, values: { rows_with_differences: 1 } };
    const body = await finishedBody({ finishedWord: 'success', outcome: { status: 'done', body: exact } });
    expect(body).toEqual({ ...exact, status: 'success' });
    expect(productReads(body).models[0]?.rows?.changed).toBe(1);
  });

  it('reads a failed diff as the failure Datafold reported', async () => {
    const body = await finishedBody({ outcome: { status: 'failed', error: { error_type: 'NoSuchTableException', error_value: 'ANALYTICS.PR_42.ORDERS' } } });
    expect(productReads(body).models[0]).toMatchObject({ status: 'failed', error: 'NoSuchTableException: ANALYTICS.PR_42.ORDERS' });
  });

  it('refuses a seed no real diff could produce, where the test seeds it', () => {
    const plan = (results: ResultsSeed): DiffPlan => ({ outcome: { status: 'done', results } });
    expect(() => datafold.state.planFor({}, plan({ rows: { base: 10, head: 10, removed: 11 } }))).toThrow(/rows.removed/);
    expect(() => datafold.state.addDiff(ORDERS, plan({ rows: { base: 10, head: 10, changed: 2 }, columns: { amount: 3 } }))).toThrow(/columns.amount/);
    expect(() => datafold.state.addDiff(ORDERS, plan({ rows: { base: 10, head: -1 } }))).toThrow(/whole numbers/);
  });
});

// The fake's answers against the response schemas of the published description.
const spec = loadSpecValidator('datafold').status;
const specIt = spec.enabled ? it : it.skip;
describe(spec.enabled ? 'answers fit the published response schemas' : `answers fit the published response schemas (skipped: ${spec.reason})`, () => {
  // OpenAPI 3.1: the schemas are JSON Schema 2020-12.
  let ajv: Ajv2020 | undefined;
  const fits = (schema: string, value: unknown): string[] => {
    if (!ajv) {
      const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
      ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
      const doc = JSON.parse(readFileSync(spec.file!, 'utf8')) as { components: unknown };
      ajv.addSchema({ $id: 'urn:pr-insights:datafold-responses', components: doc.components });
    }
    const validate = ajv.compile({ $ref: `urn:pr-insights:datafold-responses#/components/schemas/${schema}` });
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  };

  specIt('summary_results: done in one database and across two, failed, in flight', async () => {
    expect(fits('ApiDataDiffSummaryForDone', await finishedBody({ outcome: { status: 'done', results: SEED } }))).toEqual([]);
    const cross = await finishedBody({ outcome: { status: 'done', results: SEED } }, { ...ORDERS, data_source2_id: 9 });
    expect(fits('ApiCrossDataDiffSummaryForDone', cross)).toEqual([]);
    const failed = await finishedBody({ outcome: { status: 'failed', error: { error_type: 'QueryError', error_value: 'syntax error' } } });
    expect(fits('ApiDataDiffSummaryForFailed', failed)).toEqual([]);
    for (const word of ['running', 'pending'] as const) {
      expect(fits('ApiDataDiffSummaryForRunning', await finishedBody({ inFlightPolls: 5, inFlightWord: word }))).toEqual([]);
    }
  });

  specIt('the created diff, its status, and a refusal', async () => {
    const authorization = datafold.authorization;
    const created = await call('POST', `${datafold.url}/api/v1/datadiffs`, { authorization, body: ORDERS });
    expect(fits('ApiDataDiffFull', created.body)).toEqual([]);
    const polled = await call('GET', `${datafold.url}/api/v1/datadiffs/${created.body.id}`, { authorization });
    expect(fits('ApiDataDiffWithProgressState', polled.body)).toEqual([]);
    const refused = await call('POST', `${datafold.url}/api/v1/datadiffs`, { authorization, body: { data_source1_id: 7 } });
    expect(fits('HTTPValidationError', refused.body)).toEqual([]);
  });
});
