/**
 * Lookup tables keyed by report kind: adding a kind is adding an entry, and the compiler lists
 * every table that still lacks it.
 */
import type { Report, ReportKind } from '../reports/model.js';

export type ReportOf<K extends ReportKind> = Extract<Report, { kind: K }>;

export type ByKind<T, A extends unknown[] = []> = { [K in ReportKind]: (report: ReportOf<K>, ...args: A) => T };

export function byKind<T, A extends unknown[]>(table: ByKind<T, A>, report: Report, ...args: A): T {
  // The table is total over ReportKind, so the entry for report.kind accepts this report.
  const entry = table[report.kind] as (report: Report, ...args: A) => T;
  return entry(report, ...args);
}
