/**
 * The verdict in words, shared by every decoration so the comment, the insight report and the
 * status never disagree: a state ("failed") and a detail ("4 of 7 conditions failed").
 */
import type { Report } from '../reports/model.js';
import type { Summary } from './contracts.js';
import { diffSummary, DEFAULT_DIFF_TITLE } from './data-diff/summary.js';
import { byKind, type ByKind } from './kinds.js';
import { defaultGateTitle, gateSummary } from './quality-gate/summary.js';
import { collapseWhitespace } from './markdown.js';
import { capitalize } from './text.js';

const SUMMARIES: ByKind<Summary> = { 'quality-gate': gateSummary, 'data-diff': diffSummary };
const DEFAULT_TITLES: ByKind<string> = { 'quality-gate': defaultGateTitle, 'data-diff': () => DEFAULT_DIFF_TITLE };

export function summarize(report: Report): Summary {
  return byKind(SUMMARIES, report);
}

/** The title option on one line, or the default for the report's kind. */
export function titleOf(report: Report, title: string | undefined): string {
  const given = title === undefined ? '' : collapseWhitespace(title);
  return given === '' ? byKind(DEFAULT_TITLES, report) : given;
}

/** "SonarQube quality gate: failed — 4 of 7 conditions failed" */
export function headline(title: string, summary: Summary): string {
  return collapseWhitespace(`${title}: ${summary.state} — ${summary.detail}`);
}

/** "Failed: 4 of 7 conditions failed" — for places that show the title next to it. */
export function shortDescription(summary: Summary): string {
  return collapseWhitespace(`${capitalize(summary.state)}: ${summary.detail}`);
}
