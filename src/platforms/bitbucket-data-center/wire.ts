/**
 * Platform-neutral decorations → Data Center's wire format, with its limits enforced here, before
 * sending: the server answers an over-long field with a 400 for the whole report, and an
 * over-limit annotation request is rejected whole (api-contracts.md §2.4, §2.5).
 */
import { createHash } from 'node:crypto';
import { InputError } from '../../errors.js';
import { SEVERITY_ORDER, type FindingType, type Severity } from '../../reports/model.js';
import type { Annotation, InsightDatum, InsightDecoration, StatusDecoration } from '../../render/decorations.js';
import { httpUrl, truncate } from '../../render/markdown.js';

export const DC_LIMITS = {
  /** The server wants "a non-empty value less than 32768 characters". */
  commentText: 32767,
  reportKey: 50,
  reportTitle: 450,
  reportReporter: 450,
  reportDetails: 2000,
  reportData: 6,
  /** The default of an instance-configurable limit. */
  annotationsPerReport: 1000,
  annotationMessage: 2000,
  annotationPath: 50000,
  /** The spec says at most 450; the contract says fewer than 450. Ids we pass through are far shorter. */
  annotationExternalId: 200,
  buildKey: 255,
  buildName: 255,
  /** The legacy API's limit for every field but the URL; used for descriptions on both APIs. */
  buildText: 255,
  buildUrl: 450,
  buildRef: 1024,
} as const;

export type DcSeverity = 'HIGH' | 'MEDIUM' | 'LOW';

/** Data Center has no CRITICAL. */
export const DC_SEVERITY: Record<Severity, DcSeverity> = { critical: 'HIGH', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'LOW' };

export interface DcReportData {
  title: string;
  type: InsightDatum['type'];
  value: unknown;
}

export interface DcReportBody {
  title: string;
  details: string;
  result: 'PASS' | 'FAIL';
  reporter: string;
  /** Required by the spec even though the prose calls it optional (spec quirk 5): `[]` at least. */
  data: DcReportData[];
  link?: string;
}

export interface DcAnnotationBody {
  externalId: string;
  message: string;
  severity: DcSeverity;
  type: FindingType;
  path?: string;
  line?: number;
  link?: string;
}

export interface InsightPlan {
  report: DcReportBody;
  annotations: DcAnnotationBody[];
  omitted: number;
}

const FULL_SHA = /^[0-9a-f]{40}$/i;

/** Insights and build statuses are stored against the full commit id; a short one is a 400. */
export function fullCommit(commit: string, what: string): string {
  if (!FULL_SHA.test(commit)) {
    throw new InputError(
      `${what} on Bitbucket Data Center needs the full 40-character commit SHA, but got ${JSON.stringify(commit)}; set COMMIT to the full SHA (git rev-parse HEAD)`,
      { source: 'COMMIT' },
    );
  }
  return commit.toLowerCase();
}

/** The key is the report's identity (and what a "required report" merge check names), so it is never cut. */
export function reportKey(reportId: string): string {
  if (reportId === '' || reportId.length > DC_LIMITS.reportKey) {
    throw new InputError(`the Code Insights report key must be 1 to ${DC_LIMITS.reportKey} characters on Bitbucket Data Center, got ${JSON.stringify(reportId)}`, {
      source: 'REPORT_ID',
    });
  }
  return reportId;
}

export function insightPlan(reportId: string, insight: InsightDecoration, maxAnnotations: number = DC_LIMITS.annotationsPerReport): InsightPlan {
  const ranked = rankBySeverity(insight.annotations);
  const kept = ranked.slice(0, maxAnnotations);
  const omitted = ranked.length - kept.length;

  const report: DcReportBody = {
    title: truncate(insight.title.trim() || reportId, DC_LIMITS.reportTitle),
    details: detailsWithNote(insight.details, omitted, maxAnnotations),
    result: insight.result === 'pass' ? 'PASS' : 'FAIL',
    reporter: truncate(insight.reporter.trim() || 'pr-insights', DC_LIMITS.reportReporter),
    data: insight.data.flatMap((d) => reportDatum(d) ?? []).slice(0, DC_LIMITS.reportData),
  };
  const link = httpUrl(insight.link);
  if (link !== undefined) report.link = link;
  return { report, annotations: kept.map(annotationBody), omitted };
}

/** Decorations arrive sorted; a stable sort keeps that order and still protects the cap if one does not. */
function rankBySeverity(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

function detailsWithNote(details: string, omitted: number, max: number): string {
  if (omitted === 0) return truncate(details, DC_LIMITS.reportDetails);
  const n = new Intl.NumberFormat('en-US');
  const note = `${n.format(omitted)} lower-severity annotation${omitted === 1 ? ' was' : 's were'} left out: Bitbucket Data Center keeps at most ${n.format(max)} per report.`;
  const room = DC_LIMITS.reportDetails - note.length - 2;
  const kept = truncate(details.trimEnd(), room);
  return kept ? `${kept}\n\n${note}` : note;
}

function reportDatum(d: InsightDatum): DcReportData | undefined {
  const title = d.title.trim();
  if (!title) return undefined;
  switch (d.type) {
    case 'LINK': {
      const href = httpUrl(d.value.href);
      // A LINK the server would refuse still carries its text.
      if (href === undefined) return { title, type: 'TEXT', value: d.value.text };
      return { title, type: 'LINK', value: { linktext: d.value.text.trim() || href, href } };
    }
    case 'BOOLEAN':
    case 'TEXT':
      return { title, type: d.type, value: d.value };
    default:
      return Number.isFinite(d.value) ? { title, type: d.type, value: d.value } : undefined;
  }
}

function annotationBody(a: Annotation): DcAnnotationBody {
  const body: DcAnnotationBody = {
    externalId: externalId(a.id),
    message: truncate(a.message.trim() ? a.message : 'Issue', DC_LIMITS.annotationMessage),
    severity: DC_SEVERITY[a.severity],
    type: a.type,
  };
  if (a.path && a.path.length <= DC_LIMITS.annotationPath) {
    body.path = a.path;
    // 1-based; without a line the annotation is file-level, which is what an omitted line means.
    if (a.line !== undefined && Number.isInteger(a.line) && a.line >= 1) body.line = a.line;
  }
  const link = httpUrl(a.link);
  if (link !== undefined) body.link = link;
  return body;
}

const PLAIN_ID = new RegExp(`^[A-Za-z0-9._:~-]{1,${DC_LIMITS.annotationExternalId}}$`);

/**
 * External ids travel in URL paths and query strings (`annotations/{externalId}`,
 * `?externalId=`), so anything long or unusual is replaced by a stable hash of itself.
 */
export function externalId(id: string): string {
  if (PLAIN_ID.test(id) && !id.startsWith('sha256-')) return id;
  return `sha256-${createHash('sha256').update(id).digest('hex')}`;
}

export interface DcBuildStatusBody {
  key: string;
  state: 'SUCCESSFUL' | 'FAILED';
  url: string;
  name?: string;
  description?: string;
  ref?: string;
}

export type DcLegacyBuildStatusBody = Omit<DcBuildStatusBody, 'ref'>;

/** `fallbackUrl`: the server requires a URL, and the repository page beats a made-up one. */
export function buildStatusBody(status: StatusDecoration, fallbackUrl: string, branch?: string): DcBuildStatusBody {
  const key = status.key.trim();
  if (key === '' || key.length > DC_LIMITS.buildKey) {
    throw new InputError(`the build status key must be 1 to ${DC_LIMITS.buildKey} characters, got ${JSON.stringify(status.key)}`, { source: 'REPORT_ID' });
  }
  const given = httpUrl(status.url);
  const body: DcBuildStatusBody = {
    key,
    state: status.state === 'success' ? 'SUCCESSFUL' : 'FAILED',
    url: given !== undefined && given.length <= DC_LIMITS.buildUrl ? given : fallbackUrl,
  };
  const name = truncate(status.name.trim(), DC_LIMITS.buildName);
  if (name) body.name = name;
  const description = truncate(status.description.trim(), DC_LIMITS.buildText);
  if (description) body.description = description;
  const ref = branch ? (branch.startsWith('refs/') ? branch : `refs/heads/${branch}`) : undefined;
  if (ref !== undefined && ref.length <= DC_LIMITS.buildRef) body.ref = ref;
  return body;
}

export function legacyBuildStatusBody(body: DcBuildStatusBody): DcLegacyBuildStatusBody {
  const { ref: _ref, ...legacy } = body;
  return legacy;
}
