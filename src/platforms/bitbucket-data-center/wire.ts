/**
 * Platform-neutral decorations → Data Center's wire format, with its limits enforced here, before
 * sending: the server answers an over-long field with a 400 for the whole report, and an
 * over-limit annotation request is rejected whole (api-contracts.md §2.4, §2.5).
 */
import { InputError } from '../../core/errors.js';
import { httpUrl } from '../../core/urls.js';
import type { FindingType, Severity } from '../../reports/model.js';
import type { InsightDecoration, StatusDecoration } from '../../render/decorations.js';
import { omittedNote, planAnnotations, type PlannedAnnotation } from '../core/annotations.js';
import { dataFields, type WireDatum } from '../core/data-fields.js';
import type { LimitsTable } from '../core/limits.js';
import { truncate } from '../../render/markdown.js';
import { cutBefore } from '../core/text.js';

export const DC_LIMITS = {
  platform: 'Bitbucket Data Center',
  /** The server wants "a non-empty value less than 32768 characters". */
  comment: 32767,
  reportKey: 50,
  reportTitle: 450,
  reportReporter: 450,
  reportDetails: 2000,
  reportData: 6,
  /** The default of an instance-configurable limit; a request past it is refused whole, so all go in one. */
  annotationsPerReport: 1000,
  annotationMessage: 2000,
  annotationPath: 50000,
  /** The spec says at most 450; the contract says fewer than 450. Ids we pass through are far shorter. */
  externalIdLength: 200,
  buildKey: 255,
  buildName: 255,
  /** The legacy API's limit for every field but the URL; used for descriptions on both APIs. */
  statusDescription: 255,
  statusUrl: 450,
  buildRef: 1024,
} as const satisfies LimitsTable;

export type DcSeverity = 'HIGH' | 'MEDIUM' | 'LOW';

/** Data Center has no CRITICAL. */
export const DC_SEVERITY: Record<Severity, DcSeverity> = { critical: 'HIGH', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'LOW' };

export interface DcReportBody {
  title: string;
  details: string;
  result: 'PASS' | 'FAIL';
  reporter: string;
  /** Required by the spec even though the prose calls it optional (spec quirk 5): `[]` at least. */
  data: WireDatum[];
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
  const limits = { ...DC_LIMITS, annotationsPerReport: maxAnnotations };
  const plan = planAnnotations(insight.annotations, limits);
  const note = plan.omitted > 0 ? omittedNote(plan.omitted, limits) : undefined;
  const report: DcReportBody = {
    title: truncate(insight.title.trim() || reportId, DC_LIMITS.reportTitle),
    details: note === undefined ? truncate(insight.details, DC_LIMITS.reportDetails) : cutBefore(insight.details, note, DC_LIMITS.reportDetails),
    result: insight.result === 'pass' ? 'PASS' : 'FAIL',
    reporter: truncate(insight.reporter.trim() || 'pr-insights', DC_LIMITS.reportReporter),
    data: dataFields(insight.data, DC_LIMITS.reportData, (linktext, href) => ({ linktext, href })),
  };
  const link = httpUrl(insight.link);
  if (link !== undefined) report.link = link;
  return { report, annotations: plan.kept.map(annotationBody), omitted: plan.omitted };
}

function annotationBody({ annotation: a, externalId }: PlannedAnnotation): DcAnnotationBody {
  const body: DcAnnotationBody = {
    externalId,
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
    url: given !== undefined && given.length <= DC_LIMITS.statusUrl ? given : fallbackUrl,
  };
  const name = truncate(status.name.trim(), DC_LIMITS.buildName);
  if (name) body.name = name;
  const description = truncate(status.description.trim(), DC_LIMITS.statusDescription);
  if (description) body.description = description;
  const ref = branch ? (branch.startsWith('refs/') ? branch : `refs/heads/${branch}`) : undefined;
  if (ref !== undefined && ref.length <= DC_LIMITS.buildRef) body.ref = ref;
  return body;
}

export function legacyBuildStatusBody(body: DcBuildStatusBody): DcLegacyBuildStatusBody {
  const { ref: _ref, ...legacy } = body;
  return legacy;
}
