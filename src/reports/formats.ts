/**
 * Every input format we read. Detection asks each `sniff` in this order; the sniffs are mutually
 * exclusive (a test holds them to it), so the order only matters for speed.
 */
import { dataDiffDbt } from './data-diff/dbt.js';
import { dataDiffRows } from './data-diff/rows.js';
import { dataDiffStats } from './data-diff/stats.js';
import { datafoldSummary } from './datafold/summary-results.js';
import type { ReportFormat } from './format.js';
import { genericDataDiff } from './generic-data-diff/generic-data-diff.js';
import { genericQualityGate } from './generic-quality-gate/index.js';
import { sonarqubeProjectStatus } from './sonarqube/project-status.js';

export const REPORT_FORMATS: readonly ReportFormat[] = [
  sonarqubeProjectStatus,
  genericQualityGate,
  dataDiffDbt,
  dataDiffStats,
  dataDiffRows,
  datafoldSummary,
  genericDataDiff,
];
