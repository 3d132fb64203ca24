/**
 * Bitbucket Cloud's wire format and limits (api-contracts.md §1): platform-neutral decorations in,
 * request bodies that Cloud accepts out. Every limit is enforced here, before anything is sent,
 * because Cloud answers a violated limit with an opaque 400 for the whole request.
 */
import { createHash } from 'node:crypto';
import { httpUrl } from '../../core/urls.js';
import type { Annotation, InsightDecoration, StatusDecoration } from '../../render/decorations.js';
import type { Severity } from '../../reports/model.js';
import { omittedNote, planAnnotations, type PlannedAnnotation } from '../core/annotations.js';
import { dataFields, type WireDatum } from '../core/data-fields.js';
import type { LimitsTable } from '../core/limits.js';
import { cut, cutBefore, oneLine } from '../core/text.js';
import type { PullRequestRef } from '../platform.js';

export const CLOUD_LIMITS = {
  platform: 'Bitbucket Cloud',
  /** Undocumented; ~32k is known to fail (atlantis #1251), pr-agent stays at 31k. */
  comment: 30_000,
  /** Undocumented for Cloud; Data Center's 450 is the safe guess. */
  reportTitle: 450,
  reportReporter: 450,
  reportDetails: 2000,
  reportData: 10,
  annotationsPerRequest: 100,
  annotationsPerReport: 1000,
  /** The annotation's `summary`. */
  annotationMessage: 450,
  /** Undocumented; assumed equal to the report's. */
  annotationDetails: 2000,
  /** Undocumented; ids are kept short because they travel in URL paths. */
  externalIdLength: 64,
  statusKey: 40,
  /** From a Jenkins plugin fix covering Server and Cloud; unconfirmed for Cloud. */
  statusName: 255,
  statusUrl: 450,
  /** No documented limit; a status description is one short line anyway. */
  statusDescription: 255,
} as const satisfies LimitsTable;

// ---------------------------------------------------------------------------------------------
// Responses: only the fields we read, all optional, because Cloud omits what `fields=` or a
// token's visibility leaves out.

export interface WirePage<T> {
  values?: T[];
  next?: string;
}

export interface WirePullRequest {
  id: number;
  state?: string;
  source?: { branch?: { name?: string }; commit?: { hash?: string } };
  links?: { html?: { href?: string } };
}

export interface WireComment {
  id: number;
  content?: { raw?: string };
  user?: { uuid?: string };
  deleted?: boolean;
  inline?: unknown;
}

export interface WireUser {
  uuid?: string;
}

export function pullRequestRef(pr: WirePullRequest): PullRequestRef {
  return {
    id: pr.id,
    open: pr.state === 'OPEN',
    // Abbreviated to 12 characters by Cloud; the publisher compares by prefix.
    headCommit: pr.source?.commit?.hash,
    sourceBranch: pr.source?.branch?.name,
    url: pr.links?.html?.href,
  };
}

/** A string literal in Cloud's `q=` language: double quotes, backslash escapes. */
export function queryString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

// ---------------------------------------------------------------------------------------------
// Code Insights report

export interface WireReport {
  title: string;
  details: string;
  reporter: string;
  report_type: InsightDecoration['reportType'];
  result: 'PASSED' | 'FAILED';
  link?: string;
  data: WireDatum[];
}

export function reportBody(insight: InsightDecoration, reportId: string, omittedAnnotations: number): WireReport {
  const details = omittedAnnotations > 0 ? cutBefore(insight.details, omittedNote(omittedAnnotations, CLOUD_LIMITS), CLOUD_LIMITS.reportDetails) : cut(insight.details, CLOUD_LIMITS.reportDetails);
  const link = httpUrl(insight.link);
  return {
    // Cloud rejects a report without a title.
    title: cut(insight.title.trim() || reportId, CLOUD_LIMITS.reportTitle),
    details,
    reporter: cut(insight.reporter, CLOUD_LIMITS.reportReporter),
    report_type: insight.reportType,
    result: insight.result === 'pass' ? 'PASSED' : 'FAILED',
    ...(link ? { link } : {}),
    // Cloud's LINK is {text, href}; Data Center's is {linktext, href}.
    data: dataFields(insight.data, CLOUD_LIMITS.reportData, (text, href) => ({ text, href })),
  };
}

// ---------------------------------------------------------------------------------------------
// Code Insights annotations

export interface WireAnnotation {
  external_id: string;
  annotation_type: Annotation['type'];
  summary: string;
  details?: string;
  severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';
  path?: string;
  line?: number;
  link?: string;
}

const SEVERITY: Record<Severity, WireAnnotation['severity']> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  info: 'LOW',
};
/** At most 1000, highest severity first, each with an external id of its own. */
export function annotationBodies(annotations: readonly Annotation[]): { bodies: WireAnnotation[]; omitted: number } {
  const plan = planAnnotations(annotations, CLOUD_LIMITS);
  return { bodies: plan.kept.map(annotationBody), omitted: plan.omitted };
}

function annotationBody({ annotation: a, externalId }: PlannedAnnotation): WireAnnotation {
  const message = a.message.trim();
  // Cloud rejects an annotation without a summary (reviewdog #1285).
  const summary = cut(oneLine(message) || `${a.type.replace('_', ' ').toLowerCase()} (${a.severity})`, CLOUD_LIMITS.annotationMessage);
  const link = httpUrl(a.link);
  return {
    external_id: externalId,
    annotation_type: a.type,
    summary,
    // When the summary had to be cut or flattened, the whole message is one click away.
    ...(message && summary !== message ? { details: cut(message, CLOUD_LIMITS.annotationDetails) } : {}),
    severity: SEVERITY[a.severity],
    ...(a.path ? { path: a.path } : {}),
    // The spec's minimum is 1: an absent line means "top of the file", 0 is a 400.
    ...(a.line !== undefined && Number.isInteger(a.line) && a.line >= 1 ? { line: a.line } : {}),
    ...(link ? { link } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Build status

export interface WireStatus {
  key: string;
  state: 'SUCCESSFUL' | 'FAILED';
  name: string;
  description: string;
  url?: string;
  refname?: string;
}

export function statusBody(status: StatusDecoration, branch: string | undefined): WireStatus {
  const url = httpUrl(status.url);
  return {
    key: statusKey(status.key),
    state: status.state === 'success' ? 'SUCCESSFUL' : 'FAILED',
    name: cut(status.name, CLOUD_LIMITS.statusName),
    description: cut(oneLine(status.description), CLOUD_LIMITS.statusDescription),
    // A cut URL would lead nowhere: better none.
    ...(url && url.length <= CLOUD_LIMITS.statusUrl ? { url } : {}),
    // The source branch is what associates the status with its pull request.
    ...(branch ? { refname: branch } : {}),
  };
}

/** REPORT_ID is already ≤ 40; a longer key keeps a recognisable prefix and a hash so two never collide. */
function statusKey(key: string): string {
  if (key.length <= CLOUD_LIMITS.statusKey) return key;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `${key.slice(0, CLOUD_LIMITS.statusKey - hash.length - 1)}-${hash}`;
}
