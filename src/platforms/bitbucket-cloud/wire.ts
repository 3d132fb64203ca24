/**
 * Bitbucket Cloud's wire format and limits (api-contracts.md §1): platform-neutral decorations in,
 * request bodies that Cloud accepts out. Every limit is enforced here, before anything is sent,
 * because Cloud answers a violated limit with an opaque 400 for the whole request.
 */
import { createHash } from 'node:crypto';
import type { PullRequestRef } from '../platform.js';
import type { Annotation, InsightDatum, InsightDecoration, StatusDecoration } from '../../render/decorations.js';
import type { Severity } from '../../reports/model.js';
import { cut, cutBefore, httpUrl } from './text.js';

export const CLOUD_LIMITS = {
  /** Undocumented; ~32k is known to fail (atlantis #1251), pr-agent stays at 31k. */
  comment: 30_000,
  /** Undocumented for Cloud; Data Center's 450 is the safe guess. */
  reportTitle: 450,
  reportReporter: 450,
  reportDetails: 2000,
  reportData: 10,
  annotationsPerRequest: 100,
  annotationsPerReport: 1000,
  annotationSummary: 450,
  /** Undocumented; assumed equal to the report's. */
  annotationDetails: 2000,
  statusKey: 40,
  /** From a Jenkins plugin fix covering Server and Cloud; unconfirmed for Cloud. */
  statusName: 255,
  statusUrl: 450,
  /** No documented limit; a status description is one short line anyway. */
  statusDescription: 255,
} as const;

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

export interface WireReportData {
  title: string;
  type: InsightDatum['type'];
  value: unknown;
}

export interface WireReport {
  title: string;
  details: string;
  reporter: string;
  report_type: InsightDecoration['reportType'];
  result: 'PASSED' | 'FAILED';
  link?: string;
  data: WireReportData[];
}

export function reportBody(insight: InsightDecoration, reportId: string, omittedAnnotations: number): WireReport {
  const note = omittedAnnotations > 0 ? omittedNote(omittedAnnotations) : '';
  const details = note ? cutBefore(insight.details.trim(), note, CLOUD_LIMITS.reportDetails) : cut(insight.details, CLOUD_LIMITS.reportDetails);
  const link = httpUrl(insight.link);
  return {
    // Cloud rejects a report without a title.
    title: cut(insight.title.trim() || reportId, CLOUD_LIMITS.reportTitle),
    details,
    reporter: cut(insight.reporter, CLOUD_LIMITS.reportReporter),
    report_type: insight.reportType,
    result: insight.result === 'pass' ? 'PASSED' : 'FAILED',
    ...(link ? { link } : {}),
    data: insight.data.map(dataItem).filter((d): d is WireReportData => d !== undefined).slice(0, CLOUD_LIMITS.reportData),
  };
}

function omittedNote(omitted: number): string {
  const what = omitted === 1 ? '1 lower-severity annotation was' : `${omitted} lower-severity annotations were`;
  return `${what} left out: Bitbucket Cloud shows at most ${CLOUD_LIMITS.annotationsPerReport} per report.`;
}

/** Cloud renders each type from a specific JSON value; one it cannot read fails the whole report, so it is dropped. */
function dataItem(d: InsightDatum): WireReportData | undefined {
  const title = d.title.trim();
  if (!title) return undefined;
  switch (d.type) {
    case 'LINK': {
      // Cloud's LINK is {text, href}; Data Center's is {linktext, href}.
      const href = httpUrl(d.value.href);
      return href ? { title, type: 'LINK', value: { text: d.value.text || href, href } } : undefined;
    }
    case 'NUMBER':
      return Number.isFinite(d.value) ? { title, type: d.type, value: d.value } : undefined;
    case 'PERCENTAGE':
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.min(100, Math.max(0, d.value)) } : undefined;
    case 'DURATION':
      // Milliseconds; a fraction or a negative duration is not a value Cloud accepts.
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.max(0, Math.round(d.value)) } : undefined;
    case 'DATE':
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.round(d.value) } : undefined;
    case 'BOOLEAN':
    case 'TEXT':
      return { title, type: d.type, value: d.value };
  }
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
const RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * At most 1000, highest severity first. The renderer already sorts them, but the cap must keep
 * the most important whatever the input order, so they are sorted again (stably).
 */
export function annotationBodies(annotations: readonly Annotation[]): { bodies: WireAnnotation[]; omitted: number } {
  const ranked = annotations.map((a, i) => ({ a, i })).sort((x, y) => RANK[x.a.severity] - RANK[y.a.severity] || x.i - y.i);
  const kept = ranked.slice(0, CLOUD_LIMITS.annotationsPerReport).map(({ a }) => a);
  const ids = new Set<string>();
  return { bodies: kept.map((a) => annotationBody(a, uniqueExternalId(a.id, ids))), omitted: annotations.length - kept.length };
}

function annotationBody(a: Annotation, externalId: string): WireAnnotation {
  const message = a.message.trim();
  // Cloud rejects an annotation without a summary (reviewdog #1285).
  const summary = cut(oneLine(message) || `${a.type.replace('_', ' ').toLowerCase()} (${a.severity})`, CLOUD_LIMITS.annotationSummary);
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

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Annotations upsert by external_id, so two that share one would silently become one. An id that
 * is long or carries characters a URL path would mangle is hashed into a short, stable one.
 */
function uniqueExternalId(id: string, seen: Set<string>): string {
  let candidate = PLAIN_ID.test(id) ? id : hashed(id);
  for (let n = 2; seen.has(candidate); n++) candidate = hashed(`${id}#${n}`);
  seen.add(candidate);
  return candidate;
}

function hashed(id: string): string {
  return `h-${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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
