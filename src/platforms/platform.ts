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

/**
 * Who wrote a comment, as far as a signal that comment text cannot forge tells: the author the
 * platform names compared with who the platform says we are (or named as the author of a comment
 * we created), or the platform's own verdict on who may edit it. A marker proves nothing.
 */
export type Authorship = 'us' | 'other' | 'unknown';

export interface CommentRef {
  id: number;
  body: string;
  /** The platform's optimistic-locking token, where it has one; handed back on update and delete. */
  revision?: number;
  /** Only comments that are certainly ours are ever edited or removed. */
  author: Authorship;
  /** Its web page, where the adapter knows it (GitHub's `html_url`): the Action's `comment-url`. */
  url?: string;
}

/** Which comments the caller is looking for; the caller still judges every comment it gets. */
export interface CommentQuery {
  /** Text each wanted comment carries (our marker's prefix): a platform that can filter on it does so server-side. */
  containing: string;
  /**
   * Only comments made moments ago matter (the check for a concurrent duplicate right after a
   * create): where the platform lists newest first, its first page is enough.
   */
  recent?: boolean;
}

/** PR lookup by commit can be unavailable while the platform indexes (Cloud answers 202 or 404). */
export type CommitLookup = { available: true; pullRequests: PullRequestRef[] } | { available: false; reason: string };

export interface ReportResult {
  annotationsSent: number;
  /** Left out because of the platform's per-report cap (lowest severities first). */
  annotationsOmitted: number;
  /** The report's web page, where the platform has one (a GitHub check run): the Action's `check-run-url`. */
  url?: string;
  /**
   * What was published in the report's place when the platform refused the report itself, e.g.
   * `commit status "sonarqube" (failure), without annotations: a personal access token cannot create check runs`.
   */
  instead?: string;
  /** Said with the result, e.g. that a concurrent run's identical annotations stand. */
  note?: string;
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
  /** What this adapter can do with the credentials it has (the Pipelines proxy can only do insights). */
  readonly can: { comment: boolean; insights: boolean; status: boolean };
  /** Why a decoration is not possible (shown when `can.x` is false). */
  readonly cannotReason?: string;

  getPullRequest(id: number): Promise<PullRequestRef | undefined>;
  pullRequestsForCommit(commit: string): Promise<CommitLookup>;
  /** Open pull requests whose source branch is `branch`, all pages. */
  pullRequestsForBranch(branch: string): Promise<PullRequestRef[]>;

  /** The PR's general (non-inline) comments, oldest first: all of them, or at least those `query` asks for. */
  listComments(pullRequest: number, query?: CommentQuery): Promise<CommentRef[]>;
  createComment(pullRequest: number, body: string): Promise<CommentRef>;
  updateComment(pullRequest: number, comment: CommentRef, body: string): Promise<CommentRef>;
  deleteComment(pullRequest: number, comment: CommentRef): Promise<void>;

  /** Replaces the report `reportId` on `commit` with `report` and its annotations. */
  publishReport(commit: string, reportId: string, report: InsightDecoration): Promise<ReportResult>;
  publishStatus(commit: string, status: StatusDecoration, context: { branch?: string }): Promise<void>;
}
