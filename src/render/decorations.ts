/**
 * Platform-neutral decorations: what the renderers produce and the platform adapters consume.
 * Adapters turn these into their wire format and enforce their own limits (sizes, counts, enums).
 */
import type { FindingType, ReportKind, Severity, Verdict } from '../reports/model.js';

/** When the step fails: on a failed report, also on warnings, or never. */
export type FailOn = 'failure' | 'warning' | 'never';

/** Whether the run passes under FAIL_ON; drives the insight result, the status state and exit 1. */
export type Outcome = 'pass' | 'fail';

export interface CommentDecoration {
  /**
   * Markdown body, already escaped and capped, ending with the invisible marker line that carries
   * the report id (see render/marker.ts). Renders on Bitbucket Cloud, Data Center and GitHub.
   */
  markdown: string;
}

export type InsightDatum =
  | { title: string; type: 'BOOLEAN'; value: boolean }
  | { title: string; type: 'NUMBER'; value: number }
  | { title: string; type: 'PERCENTAGE'; value: number }
  | { title: string; type: 'TEXT'; value: string }
  | { title: string; type: 'DURATION'; value: number }
  | { title: string; type: 'DATE'; value: number }
  | { title: string; type: 'LINK'; value: { text: string; href: string } };

export interface Annotation {
  /** The finding's id; platforms/core makes it a unique external id the platform accepts. */
  id: string;
  path?: string;
  /** 1-based; absent for file-level annotations. */
  line?: number;
  /** Plain text (no Markdown); adapters cut it to their limit. */
  message: string;
  severity: Severity;
  type: FindingType;
  link?: string;
}

export interface InsightDecoration {
  title: string;
  result: Outcome;
  /** Plain text, several lines; adapters cut it to 2000 characters. */
  details: string;
  reporter: string;
  /** http(s) URL of the full results, when the report has one. */
  link?: string;
  reportType: 'SECURITY' | 'COVERAGE' | 'TEST' | 'BUG';
  /** At most six (Data Center shows six), most important first. */
  data: InsightDatum[];
  /** Highest severity first, so an adapter that must cap keeps the most important. */
  annotations: Annotation[];
}

export interface StatusDecoration {
  /** From REPORT_ID. */
  key: string;
  state: 'success' | 'failure';
  name: string;
  /** One short line. */
  description: string;
  url?: string;
}

export interface Decorations {
  reportId: string;
  reportKind: ReportKind;
  verdict: Verdict;
  outcome: Outcome;
  /** One line a reviewer reads first, e.g. "Quality gate failed: 3 of 7 conditions failed". */
  headline: string;
  comment: CommentDecoration;
  insight: InsightDecoration;
  status: StatusDecoration;
}
