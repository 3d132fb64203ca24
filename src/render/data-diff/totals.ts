import type { ModelDiff } from '../../reports/model.js';

export interface DiffTotals {
  models: number;
  failed: number;
  different: number;
  identical: number;
  /** Row sums over the models that report rows; undefined when none does. */
  rows?: { added: number; removed: number; changed: number };
}

export function diffTotals(models: readonly ModelDiff[]): DiffTotals {
  const totals: DiffTotals = {
    models: models.length,
    failed: models.filter((m) => m.status === 'failed').length,
    different: models.filter((m) => m.status === 'different').length,
    identical: models.filter((m) => m.status === 'identical').length,
  };
  const withRows = models.flatMap((m) => (m.rows === undefined ? [] : [m.rows]));
  if (withRows.length > 0) {
    totals.rows = {
      added: sum(withRows.map((r) => r.added)),
      removed: sum(withRows.map((r) => r.removed)),
      changed: sum(withRows.map((r) => r.changed)),
    };
  }
  return totals;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
