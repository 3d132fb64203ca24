/**
 * What a Bitbucket Cloud fake remembers, kept the way the platform keys it: repositories by
 * workspace/slug, pull requests by id, comments by a global id, reports by commit + report id,
 * annotations by report + external_id, build statuses by commit + key. Tests seed it before a run
 * and read it afterwards; the route handlers mutate it.
 */
import { randomUUID } from 'node:crypto';
import type { BasicCredentials } from '../auth.js';
import { fakeSha, isShaPrefix } from '../sha.js';

export interface CloudUser {
  readonly type?: string;
  readonly uuid: string;
  readonly display_name: string;
  readonly account_id?: string;
  readonly nickname?: string;
}

export interface CloudIdentity {
  readonly user: CloudUser;
  /** Access token (repository/project/workspace) or OAuth token, sent as `Bearer`. */
  readonly bearer?: string;
  /** Atlassian account email + API token, sent as Basic. */
  readonly basic?: BasicCredentials;
  /** Granted scopes (`repository`, `pullrequest:write`, …); every scope when omitted. */
  readonly scopes?: readonly string[];
}

/** How `commit/{sha}/pullrequests` answers: Bitbucket indexes PR↔commit links lazily. */
export type CommitLinks = 'indexed' | 'indexing-202' | 'missing-404';

export type PullRequestState = 'OPEN' | 'MERGED' | 'DECLINED' | 'SUPERSEDED';

export interface CloudRepository {
  readonly workspace: string;
  readonly slug: string;
  readonly uuid: string;
  readonly fullName: string;
  commitLinks: CommitLinks;
  /** When set, that many more lookups answer per `commitLinks`, then the links count as indexed. */
  commitLinksIndexedAfter?: number;
  readonly pullRequests: Map<number, CloudPullRequest>;
  /** commit (full SHA when known) → report id (external id) → report. */
  readonly reports: Map<string, Map<string, CloudReport>>;
  /** commit → key → status. */
  readonly statuses: Map<string, Map<string, CloudStatus>>;
  /** Full SHAs the repository knows, to resolve abbreviated ones. */
  readonly commits: Set<string>;
}

export interface CloudPullRequest {
  readonly id: number;
  title: string;
  state: PullRequestState;
  draft: boolean;
  sourceBranch: string;
  /** Full SHA; the wire form abbreviates it to 12 characters like the platform. */
  sourceCommit: string;
  destinationBranch: string;
  destinationCommit: string;
  /** Every commit of the PR, for `commit/{sha}/pullrequests`. */
  commits: string[];
  author: CloudUser;
  readonly createdOn: string;
  updatedOn: string;
  readonly comments: Map<number, CloudComment>;
}

export interface CloudComment {
  readonly id: number;
  raw: string;
  readonly user: CloudUser;
  readonly createdOn: string;
  updatedOn: string;
  deleted: boolean;
  readonly inline?: Record<string, unknown>;
  readonly parentId?: number;
}

export interface CloudReport {
  readonly uuid: string;
  /** The `{reportId}` of the PUT path. */
  readonly externalId: string;
  readonly commit: string;
  /** The fields last sent (title, details, result, data, …). */
  fields: Record<string, unknown>;
  readonly createdOn: string;
  updatedOn: string;
  readonly createdBy: string;
  /** external_id → annotation. */
  readonly annotations: Map<string, CloudAnnotation>;
}

export interface CloudAnnotation {
  readonly uuid: string;
  readonly externalId: string;
  fields: Record<string, unknown>;
  readonly createdOn: string;
  updatedOn: string;
}

export interface CloudStatus {
  readonly uuid: string;
  readonly key: string;
  fields: Record<string, unknown>;
  readonly createdOn: string;
  updatedOn: string;
}

export interface NewPullRequest {
  readonly id?: number;
  readonly title?: string;
  readonly state?: PullRequestState;
  readonly draft?: boolean;
  readonly sourceBranch: string;
  /** Full SHA of the head commit; derived from the branch name when omitted. */
  readonly sourceCommit?: string;
  readonly destinationBranch?: string;
  readonly destinationCommit?: string;
  /** Other commits on the PR besides the head. */
  readonly commits?: readonly string[];
  readonly author?: CloudUser;
}

export const CLOUD_OTHER_USER: CloudUser = {
  type: 'user',
  uuid: '{0c0ffee0-0000-4000-8000-000000000001}',
  display_name: 'Another Reviewer',
  account_id: '557058:other-reviewer',
  nickname: 'reviewer',
};

export type RepoRef = string | CloudRepository;

export class CloudState {
  readonly identities: CloudIdentity[] = [];
  readonly repositories = new Map<string, CloudRepository>();
  private nextCommentId = 1000;
  private readonly clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock;
  }

  now(): string {
    return this.clock().toISOString();
  }

  newCommentId(): number {
    return ++this.nextCommentId;
  }

  addIdentity(identity: CloudIdentity): CloudIdentity {
    this.identities.push(identity);
    return identity;
  }

  addRepository(options: { workspace: string; slug: string; uuid?: string; commitLinks?: CommitLinks; commitLinksIndexedAfter?: number }): CloudRepository {
    const fullName = `${options.workspace}/${options.slug}`;
    const repo: CloudRepository = {
      workspace: options.workspace,
      slug: options.slug,
      uuid: options.uuid ?? `{${randomUUID()}}`,
      fullName,
      commitLinks: options.commitLinks ?? 'indexed',
      ...(options.commitLinksIndexedAfter === undefined ? {} : { commitLinksIndexedAfter: options.commitLinksIndexedAfter }),
      pullRequests: new Map(),
      reports: new Map(),
      statuses: new Map(),
      commits: new Set(),
    };
    this.repositories.set(fullName.toLowerCase(), repo);
    return repo;
  }

  /** By `workspace/slug`; a `{uuid}` in either place matches too, as on the platform. */
  repository(ref: RepoRef): CloudRepository | undefined {
    if (typeof ref !== 'string') return ref;
    const direct = this.repositories.get(ref.toLowerCase());
    if (direct) return direct;
    const [workspace, slug] = ref.split('/');
    return [...this.repositories.values()].find(
      (r) => (r.workspace.toLowerCase() === workspace?.toLowerCase() || workspace?.startsWith('{')) && (r.slug.toLowerCase() === slug?.toLowerCase() || r.uuid === slug),
    );
  }

  addPullRequest(ref: RepoRef, options: NewPullRequest): CloudPullRequest {
    const repo = this.mustRepository(ref);
    const id = options.id ?? Math.max(0, ...repo.pullRequests.keys()) + 1;
    const sourceCommit = (options.sourceCommit ?? fakeSha(`${repo.fullName}:${options.sourceBranch}`)).toLowerCase();
    const destinationCommit = (options.destinationCommit ?? fakeSha(`${repo.fullName}:${options.destinationBranch ?? 'main'}`)).toLowerCase();
    const commits = [sourceCommit, ...(options.commits ?? []).map((c) => c.toLowerCase())];
    for (const c of [...commits, destinationCommit]) repo.commits.add(c);
    const now = this.now();
    const pr: CloudPullRequest = {
      id,
      title: options.title ?? `PR ${id}`,
      state: options.state ?? 'OPEN',
      draft: options.draft ?? false,
      sourceBranch: options.sourceBranch,
      sourceCommit,
      destinationBranch: options.destinationBranch ?? 'main',
      destinationCommit,
      commits,
      author: options.author ?? CLOUD_OTHER_USER,
      createdOn: now,
      updatedOn: now,
      comments: new Map(),
    };
    repo.pullRequests.set(id, pr);
    return pr;
  }

  pullRequest(ref: RepoRef, id: number): CloudPullRequest | undefined {
    return this.repository(ref)?.pullRequests.get(id);
  }

  /** Seeds a comment, by default from someone other than the client under test. */
  addComment(ref: RepoRef, pullRequestId: number, options: { raw: string; user?: CloudUser; inline?: Record<string, unknown>; deleted?: boolean }): CloudComment {
    const pr = this.pullRequest(ref, pullRequestId);
    if (!pr) throw new Error(`no pull request ${pullRequestId} in ${String(typeof ref === 'string' ? ref : ref.fullName)}`);
    const now = this.now();
    const comment: CloudComment = {
      id: this.newCommentId(),
      raw: options.raw,
      user: options.user ?? CLOUD_OTHER_USER,
      createdOn: now,
      updatedOn: now,
      deleted: options.deleted ?? false,
      ...(options.inline ? { inline: options.inline } : {}),
    };
    pr.comments.set(comment.id, comment);
    return comment;
  }

  /** Oldest first, deleted ones included (they stay listed on the platform, flagged `deleted`). */
  comments(ref: RepoRef, pullRequestId: number): CloudComment[] {
    return [...(this.pullRequest(ref, pullRequestId)?.comments.values() ?? [])];
  }

  /** The full SHA for an abbreviated one when the repository knows it; the input otherwise. */
  resolveCommit(ref: RepoRef, sha: string): string {
    const lower = sha.toLowerCase();
    const repo = this.repository(ref);
    if (!repo || !isShaPrefix(lower)) return lower;
    const known = [...repo.commits].filter((c) => c.startsWith(lower));
    return known.length === 1 ? known[0]! : lower;
  }

  reports(ref: RepoRef, commit: string): CloudReport[] {
    return [...(this.byCommit(this.repository(ref)?.reports, ref, commit)?.values() ?? [])];
  }

  /** By report id (external id) or uuid. */
  report(ref: RepoRef, commit: string, reportId: string): CloudReport | undefined {
    const reports = this.byCommit(this.repository(ref)?.reports, ref, commit);
    return reports?.get(reportId) ?? [...(reports?.values() ?? [])].find((r) => r.uuid === reportId);
  }

  annotations(ref: RepoRef, commit: string, reportId: string): CloudAnnotation[] {
    return [...(this.report(ref, commit, reportId)?.annotations.values() ?? [])];
  }

  statuses(ref: RepoRef, commit: string): CloudStatus[] {
    return [...(this.byCommit(this.repository(ref)?.statuses, ref, commit)?.values() ?? [])];
  }

  status(ref: RepoRef, commit: string, key: string): CloudStatus | undefined {
    return this.byCommit(this.repository(ref)?.statuses, ref, commit)?.get(key);
  }

  mustRepository(ref: RepoRef): CloudRepository {
    const repo = this.repository(ref);
    if (!repo) throw new Error(`no repository ${String(ref)}; add it with addRepository() first`);
    return repo;
  }

  /** Exact commit key first, then any key the given (possibly abbreviated) SHA is a prefix of. */
  private byCommit<T>(map: Map<string, T> | undefined, ref: RepoRef, commit: string): T | undefined {
    if (!map) return undefined;
    const resolved = this.resolveCommit(ref, commit);
    return map.get(resolved) ?? [...map.entries()].find(([key]) => key.startsWith(resolved) || resolved.startsWith(key))?.[1];
  }
}
