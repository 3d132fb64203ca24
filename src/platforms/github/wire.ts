/**
 * GitHub's wire format and limits (api-contracts.md §3): platform-neutral decorations in, request
 * bodies GitHub accepts out. Every limit is enforced here, before anything is sent, because GitHub
 * answers a violated limit with a 422 for the whole request.
 */
import { httpUrl } from '../../core/urls.js';
import type { Annotation, InsightDecoration, StatusDecoration } from '../../render/decorations.js';
import type { Severity } from '../../reports/model.js';
import { omittedNote, planAnnotations, type PlannedAnnotation } from '../core/annotations.js';
import type { LimitsTable } from '../core/limits.js';
import { cut, cutBefore, oneLine } from '../core/text.js';
import type { PullRequestRef } from '../platform.js';

export const GITHUB_LIMITS = {
  platform: 'GitHub',
  /** §3.3: known from GitHub's 422 "Body is too long (maximum is 65536 characters)". */
  comment: 65_536,
  /** Not documented for a check run's name or `output.title`; kept to the annotation title's 255 so it stays one readable line. */
  reportTitle: 255,
  /** §3.4 `output.summary`: 65535 characters, and (observed, github/docs#35252) 65535 bytes. */
  reportDetails: 65_535,
  /** §3.4 `maxItems: 50`; the rest are appended by PATCH. */
  annotationsPerRequest: 50,
  /**
   * GitHub documents no cap per check run. 1,000 (as on Bitbucket) keeps a run to 20 requests:
   * one content-creating POST and 19 PATCHes, far inside Actions' 1,000 requests an hour (§3.6),
   * and more than anyone reads in the Files tab.
   */
  annotationsPerReport: 1000,
  /** §3.4: `message` ≤ 64 KB, in bytes. */
  annotationMessage: 64 * 1024,
  /** §3.4 annotation `title`. */
  annotationTitle: 255,
  /** `external_id` has no documented limit; REPORT_ID is ≤ 40 anyway. */
  externalIdLength: 64,
  /** §3.5: 422 "description is too long (maximum is 140 characters)". */
  statusDescription: 140,
  /** No documented limit for `target_url`; a longer URL is dropped rather than cut. */
  statusUrl: 2048,
} as const satisfies LimitsTable;

// ---------------------------------------------------------------------------------------------
// Responses: only the fields we read.

export interface WirePullRequest {
  number: number;
  state?: string;
  /** Only on the full `pull-request` (GET one); `pull-request-simple` lists omit it. */
  merged?: boolean;
  html_url?: string;
  head?: { ref?: string; sha?: string };
}

export interface WireAccount {
  login?: string;
  type?: string;
}

export interface WireComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: WireAccount | null;
  performed_via_github_app?: { slug?: string } | null;
}

export interface WireCheckRun {
  id: number;
  html_url?: string | null;
  /** The App that wrote it: for an installation token, us. */
  app?: { slug?: string } | null;
}

export function pullRequestRef(pr: WirePullRequest): PullRequestRef {
  return {
    id: pr.number,
    open: pr.state === 'open' && pr.merged !== true,
    headCommit: pr.head?.sha,
    sourceBranch: pr.head?.ref,
    url: pr.html_url,
  };
}

// ---------------------------------------------------------------------------------------------
// Check run (the report) and its annotations

export interface WireCheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
}

export interface WireCheckOutput {
  title: string;
  summary: string;
  annotations?: WireCheckAnnotation[];
}

export interface WireCheckRunCreate {
  name: string;
  head_sha: string;
  external_id: string;
  status: 'completed';
  conclusion: 'success' | 'failure';
  details_url?: string;
  output: WireCheckOutput;
}

export interface CheckRunPlan {
  create: WireCheckRunCreate;
  /** Everything after the first request's 50, in batches for `PATCH /check-runs/{id}`. */
  annotations: WireCheckAnnotation[];
  omitted: number;
}

const LEVEL: Record<Severity, WireCheckAnnotation['annotation_level']> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

/** The whole check run, built before anything is sent so a body GitHub would refuse is never half sent. */
export function checkRunPlan(commit: string, reportId: string, insight: InsightDecoration): CheckRunPlan {
  // GitHub annotates files only (`path` is required): a finding without one cannot be shown.
  const onFiles = insight.annotations.filter((a) => a.path);
  const plan = planAnnotations(onFiles, GITHUB_LIMITS);
  const withoutPath = insight.annotations.length - onFiles.length;
  const notes = [
    ...(plan.omitted > 0 ? [omittedNote(plan.omitted, GITHUB_LIMITS)] : []),
    ...(withoutPath > 0 ? [`${withoutPath === 1 ? '1 annotation' : `${withoutPath} annotations`} without a file left out: GitHub annotates files only.`] : []),
  ].join(' ');
  const title = cut(oneLine(insight.title) || reportId, GITHUB_LIMITS.reportTitle);
  const summary = fitBytes((max) => (notes ? cutBefore(insight.details, notes, max) : cut(insight.details.trim() || title, max)), GITHUB_LIMITS.reportDetails);
  const all = plan.kept.map(annotationBody);
  const link = httpUrl(insight.link);
  return {
    create: {
      name: title,
      head_sha: commit,
      external_id: reportId,
      status: 'completed',
      conclusion: insight.result === 'pass' ? 'success' : 'failure',
      ...(link ? { details_url: link } : {}),
      output: { title, summary, annotations: all.slice(0, GITHUB_LIMITS.annotationsPerRequest) },
    },
    annotations: all.slice(GITHUB_LIMITS.annotationsPerRequest),
    omitted: plan.omitted + withoutPath,
  };
}

function annotationBody({ annotation: a }: PlannedAnnotation): WireCheckAnnotation {
  // GitHub requires lines; a file-level finding goes on the first line.
  const line = a.line !== undefined && Number.isInteger(a.line) && a.line >= 1 ? a.line : 1;
  const title = cut(`${findingName(a.type)} (${a.severity})`, GITHUB_LIMITS.annotationTitle);
  return {
    path: a.path!,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[a.severity],
    message: fitBytes((max) => cut(a.message.trim() || title, max), GITHUB_LIMITS.annotationMessage),
    title,
  };
}

function findingName(type: Annotation['type']): string {
  const words = type.toLowerCase().replace('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Commit status

export interface WireStatus {
  state: 'success' | 'failure';
  context: string;
  description: string;
  target_url?: string;
}

export function statusBody(status: Pick<StatusDecoration, 'key' | 'state' | 'description' | 'url'>): WireStatus {
  const url = httpUrl(status.url);
  return {
    state: status.state,
    context: status.key,
    description: cut(oneLine(status.description), GITHUB_LIMITS.statusDescription),
    ...(url && url.length <= GITHUB_LIMITS.statusUrl ? { target_url: url } : {}),
  };
}

/** What stands in for a check run that a personal token may not write: the same verdict, as a commit status. */
export function statusInsteadOfCheckRun(reportId: string, insight: InsightDecoration): WireStatus {
  const firstLine = insight.details.split('\n').find((l) => l.trim()) ?? '';
  return statusBody({ key: reportId, state: insight.result === 'pass' ? 'success' : 'failure', description: firstLine || insight.title, ...(insight.link ? { url: insight.link } : {}) });
}

/**
 * `build(room)` with the largest room that fits `max` UTF-16 units (what `cut` counts) and `max`
 * UTF-8 bytes: GitHub checks both on check-run text. Each pass shrinks the room in proportion to
 * the excess (and by one at least), so a few passes suffice; the bound only guards a bad `build`.
 */
function fitBytes(build: (room: number) => string, max: number): string {
  let room = max;
  for (let pass = 0; pass < 64 && room > 0; pass++) {
    const text = build(room);
    const bytes = Buffer.byteLength(text);
    if (bytes <= max) return text;
    room = Math.min(room - 1, Math.floor((room * max) / bytes));
  }
  return '';
}
