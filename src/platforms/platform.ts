/**
 * The contract between the platform-neutral publisher (src/publish/) and each platform adapter
 * (one folder per platform). Adapters speak one platform's wire format over the one HTTP client,
 * with the shared mapping in core/ parameterised by their limits table; they know nothing of
 * SonarQube or data-diff, and nothing of sticky-comment policy.
 */
import type { InsightDecoration, StatusDecoration } from '../render/decorations.js';

/** What can be published (PUBLISH): a sticky comment, a report with annotations, a commit status. */
export type Decoration = 'comment' | 'insights' | 'status';

export interface PullRequestRef {
  id: number;
  /** Head (source) commit. Bitbucket Cloud abbreviates it to 12 characters: compare by prefix. */
  headCommit?: string;
  open: boolean;
  sourceBranch?: string;
  url?: string;
}

export interface CommentRef {
  id: number;
  body: string;
  /** The platform's optimistic-locking token, where it has one; handed back on update and delete. */
  revision?: number;
  /** Written by the identity we authenticate as (only those may be edited or removed). */
  mine: boolean;
}

/** PR lookup by commit can be unavailable while the platform indexes (Cloud answers 202 or 404). */
export type CommitLookup = { available: true; pullRequests: PullRequestRef[] } | { available: false; reason: string };

export interface ReportResult {
  annotationsSent: number;
  /** Left out because of the platform's per-report cap (lowest severities first). */
  annotationsOmitted: number;
}

/** Thrown by updateComment/deleteComment when the comment changed or vanished under us. */
export class CommentConflictError extends Error {
  override readonly name = 'CommentConflictError';
}

export interface PlatformApi {
  /** e.g. "Bitbucket Cloud"; used in messages. */
  readonly displayName: string;
  /** What the platform calls a report and a status, for messages: "Code Insights report", "build status". */
  readonly names: { readonly report: string; readonly status: string };
  /** Largest comment body the platform accepts, in characters. */
  readonly commentLimit: number;
  /** What this adapter can do with the credentials it has (the Pipelines proxy can only do insights). */
  readonly can: { comment: boolean; insights: boolean; status: boolean };
  /** Why a decoration is not possible (shown when `can.x` is false). */
  readonly cannotReason?: string;

  getPullRequest(id: number): Promise<PullRequestRef | undefined>;
  pullRequestsForCommit(commit: string): Promise<CommitLookup>;
  /** Open pull requests whose source branch is `branch`, all pages. */
  pullRequestsForBranch(branch: string): Promise<PullRequestRef[]>;

  /** All general (non-inline) comments of the PR, all pages, oldest first. */
  listComments(pullRequest: number): Promise<CommentRef[]>;
  createComment(pullRequest: number, body: string): Promise<CommentRef>;
  updateComment(pullRequest: number, comment: CommentRef, body: string): Promise<CommentRef>;
  deleteComment(pullRequest: number, comment: CommentRef): Promise<void>;

  /** Replaces the report `reportId` on `commit` with `report` and its annotations. */
  publishReport(commit: string, reportId: string, report: InsightDecoration): Promise<ReportResult>;
  publishStatus(commit: string, status: StatusDecoration, context: { branch?: string }): Promise<void>;
}
