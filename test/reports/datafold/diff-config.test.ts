// The `datafold: diffs:` section of the config file: what each entry becomes, and every mistake
// refused at the edge with file:line:col and the key path, values never quoted.
import { describe, expect, it } from '@jest/globals';
import { LineCounter, parseDocument } from 'yaml';
import { readDatafoldSection } from '../../../src/reports/datafold/live/diff-config.js';
import { inputErrorOf } from '../data-diff/helpers.js';

function read(yaml: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(`datafold:\n${yaml}`, { lineCounter });
  const node = (doc.contents as { items: { value: unknown }[] }).items[0]!.value;
  return readDatafoldSection(node, doc, (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `.pr-insights.yml:${line}:${col}`;
  });
}

const message = (yaml: string) => inputErrorOf(() => read(yaml)).message;

describe('datafold: diffs:', () => {
  it('turns each entry into a create body: dotted paths split, one filter for both sides, columns', () => {
    const [orders, users] = read(`  diffs:
    - model: fct_orders
      data-source1-id: 7
      data-source2-id: 8
      table1: ANALYTICS.PROD.FCT_ORDERS
      query2: select * from orders
      primary-key: [tenant_id, order_id]
      filter1: amount > 0
      include-columns: [amount, status]
    - data-source-id: 7
      table1: PROD.USERS
      table2: PR_42.USERS
      primary-key: [id]
      filter: deleted = false
      exclude-columns: [updated_at]
`);
    expect(orders).toMatchObject({
      name: 'fct_orders',
      pointer: 'datafold.diffs[0]',
      at: '.pr-insights.yml:3:7',
      body: {
        data_source1_id: 7,
        data_source2_id: 8,
        table1: ['ANALYTICS', 'PROD', 'FCT_ORDERS'],
        query2: 'select * from orders',
        pk_columns: ['tenant_id', 'order_id'],
        filter1: 'amount > 0',
        include_columns: ['amount', 'status'],
      },
    });
    expect(users?.name).toBe('PR_42.USERS');
    expect(users?.body).toEqual({
      data_source1_id: 7,
      data_source2_id: 7,
      table1: ['PROD', 'USERS'],
      table2: ['PR_42', 'USERS'],
      pk_columns: ['id'],
      filter1: 'deleted = false',
      filter2: 'deleted = false',
      exclude_columns: ['updated_at'],
    });
  });

  it.each([
    ['  diff:\n    - {}\n', '.pr-insights.yml:2:3 at datafold.diff: unknown key; expected `diffs:`'],
    ['  diffs: []\n', '.pr-insights.yml:2:10 at datafold.diffs: expected a list of diffs'],
    ['  diffs:\n    - {data-source-id: 7, table1: A.B, table2: C.D}\n', '.pr-insights.yml:3:7 at datafold.diffs[0]: missing `primary-key`; expected a list of key columns'],
    ['  diffs:\n    - {data-source-id: 7, table1: A.B, table2: C.D, primary-key: id}\n', '.pr-insights.yml:3:66 at datafold.diffs[0].primary-key: expected a list of key columns'],
    ['  diffs:\n    - {data-source-id: 7, table1: A..B, table2: C.D, primary-key: [id]}\n', '.pr-insights.yml:3:35 at datafold.diffs[0].table1: expected a dotted table path'],
    ['  diffs:\n    - {data-source-id: x, table1: A.B, table2: C.D, primary-key: [id]}\n', '.pr-insights.yml:3:24 at datafold.diffs[0].data-source-id: expected a Datafold data source id'],
    ['  diffs:\n    - {data-source-id: 7, table1: A.B, table2: C.D, primary-key: [id], tabel3: x}\n', '.pr-insights.yml:3:72 at datafold.diffs[0].tabel3: unknown key; expected model, data-source-id'],
    ['  diffs:\n    - {table1: A.B, table2: C.D, primary-key: [id]}\n', '.pr-insights.yml:3:7 at datafold.diffs[0]: expected `data-source-id`, or `data-source1-id` and `data-source2-id`'],
    ['  diffs:\n    - {data-source-id: 7, data-source1-id: 7, table1: A.B, table2: C.D, primary-key: [id]}\n', 'at datafold.diffs[0].data-source-id: set `data-source-id` (both tables in one data source)'],
    ['  diffs:\n    - {data-source-id: 7, table1: A.B, query1: select 1, table2: C.D, primary-key: [id]}\n', 'at datafold.diffs[0].query1: set `table1` or `query1`, not both'],
    ['  diffs:\n    - {data-source-id: 7, table1: A.B, primary-key: [id]}\n', 'at datafold.diffs[0]: expected `table2` (a dotted table path) or `query2`'],
    ['  diffs:\n    - {data-source-id: 7, table1: A.B, table2: C.D, primary-key: [id], filter: x, filter2: y}\n', 'at datafold.diffs[0].filter: set `filter` (both tables) or `filter1` / `filter2`, not both'],
    ['  diffs:\n    - {data-source-id: 7, query1: select 1, query2: select 2, primary-key: [id]}\n', 'at datafold.diffs[0]: expected `model:` to name a diff of queries'],
    ['  diffs:\n    - {data-source-id: 7, table1: A.B, table2: C.D, primary-key: [id]}\n    - {data-source-id: 7, table1: X.B, table2: C.D, primary-key: [id]}\n', '.pr-insights.yml:4:7 at datafold.diffs[1].model: another diff (datafold.diffs[0]) is already named this'],
  ])('refuses %j', (yaml, expected) => {
    expect(message(yaml)).toContain(expected);
  });

  it('never quotes a value in an error', () => {
    expect(message('  diffs:\n    - {data-source-id: 7, table1: A.B, table2: C.D, primary-key: [id], filter: "token=s3cr3t", filter1: y}\n')).not.toContain('s3cr3t');
  });
});
