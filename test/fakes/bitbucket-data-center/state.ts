/**
 * What a Bitbucket Data Center fake remembers, keyed the way the server keys it: projects (incl.
 * personal `~user` ones) → repositories → pull requests (with `version`) → comments (with
 * `version`, for optimistic locking) and an activity stream; Code Insights reports by commit + key
 * with their annotations; build statuses by commit + key. Tests seed it and read it back.
 */
import type { BasicCredentials } from '../auth.js';
import { fakeSha } from '../sha.js';

export interface DcUser {
  readonly id: number;
  readonly name: string;
  readonly slug: string;
  readonly displayName: string;
  readonly emailAddress?: string;
  /** HTTP access tokens of projects and repositories act as SERVICE users. */
  readonly type?: 'NORMAL' | 'SERVICE';
}

/** Repository permission levels that gate the endpoints used here, lowest first. */
export const DC_PERMISSIONS = ['LICENSED', 'REPO_READ', 'REPO_WRITE', 'REPO_ADMIN'] as const;
export type DcPermission = (typeof DC_PERMISSIONS)[number];

export interface DcIdentity {
  readonly user: DcUser;
  /** HTTP access token, sent as Bearer. */
  readonly bearer?: string;
  /** user + password (or user + token), sent as Basic. */
  readonly basic?: BasicCredentials;
  /** Default REPO_WRITE. */
  readonly permission?: DcPermission;
}

export interface DcProject {
  readonly key: string;
  readonly id: number;
  readonly name: string;
  /** `~slug` projects are a user's personal space. */
  readonly personal: boolean;
  readonly repositories: Map<string, DcRepository>;
}

export interface DcRepository {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly project: DcProject;
  readonly pullRequests: Map<number, DcPullRequest>;
  /** commit → report key → report. */
  readonly reports: Map<string, Map<string, DcReport>>;
}

export type DcPullRequestState = 'OPEN' | 'DECLINED' | 'MERGED';

export interface DcPullRequest {
  readonly id: number;
  version: number;
  title: string;
  description?: string;
  state: DcPullRequestState;
  draft: boolean;
  /** Branch names without `refs/heads/`. */
  fromBranch: string;
  fromCommit: string;
  toBranch: string;
  toCommit: string;
  commits: string[];
  author: DcUser;
  readonly createdDate: number;
  updatedDate: number;
  readonly comments: Map<number, DcComment>;
  /** Oldest first; the API lists them newest first. */
  readonly activities: DcActivity[];
}

export interface DcComment {
  readonly id: number;
  version: number;
  text: string;
  readonly author: DcUser;
  readonly createdDate: number;
  updatedDate: number;
  severity: 'NORMAL' | 'BLOCKER';
  state: 'OPEN' | 'PENDING' | 'RESOLVED';
  readonly parentId?: number;
  readonly anchor?: Record<string, unknown>;
  /** Ids of direct replies. */
  readonly replies: number[];
}

export interface DcActivity {
  readonly id: number;
  readonly createdDate: number;
  readonly user: DcUser;
  readonly action: 'OPENED' | 'COMMENTED';
  readonly commentId?: number;
}

export interface DcReport {
  readonly key: string;
  readonly commit: string;
  fields: Record<string, unknown>;
  readonly createdDate: number;
  /** Slug of the creator: only they may replace it or add annotations. */
  readonly createdBy: string;
  /** No de-duplication, as on the server: posting twice stores twice. */
  annotations: Array<Record<string, unknown>>;
}

export interface DcBuildStatus {
  readonly key: string;
  fields: Record<string, unknown>;
  readonly createdDate: number;
  updatedDate: number;
  /** `KEY/slug` for the repository-scoped API; absent for the legacy one. */
  repository?: string;
}

export interface NewDcPullRequest {
  readonly id?: number;
  readonly title?: string;
  readonly description?: string;
  readonly state?: DcPullRequestState;
  readonly draft?: boolean;
  readonly version?: number;
  readonly fromBranch: string;
  /** Full SHA; derived from the branch name when omitted. */
  readonly fromCommit?: string;
  readonly toBranch?: string;
  readonly toCommit?: string;
  readonly commits?: readonly string[];
  readonly author?: DcUser;
}

export const DC_OTHER_USER: DcUser = { id: 901, name: 'reviewer', slug: 'reviewer', displayName: 'Another Reviewer', emailAddress: 'reviewer@example.com', type: 'NORMAL' };

export type DcRepoRef = string | DcRepository;

export class DcState {
  readonly identities: DcIdentity[] = [];
  readonly projects = new Map<string, DcProject>();
  /** commit → key → status; one store for both the repository-scoped and the legacy API. */
  readonly buildStatuses = new Map<string, Map<string, DcBuildStatus>>();
  private nextId = 0;
  private readonly clock: () => Date;

  constructor(clock: () => Date = () => new Date()) {
    this.clock = clock;
  }

  now(): number {
    return this.clock().getTime();
  }

  newId(): number {
    return ++this.nextId;
  }

  addIdentity(identity: DcIdentity): DcIdentity {
    this.identities.push(identity);
    return identity;
  }

  addProject(options: { key: string; name?: string }): DcProject {
    const existing = this.project(options.key);
    if (existing) return existing;
    const project: DcProject = {
      key: options.key,
      id: this.newId(),
      name: options.name ?? options.key,
      personal: options.key.startsWith('~'),
      repositories: new Map(),
    };
    this.projects.set(options.key.toUpperCase(), project);
    return project;
  }

  /** Keys match case-insensitively, as on the server. */
  project(key: string): DcProject | undefined {
    return this.projects.get(key.toUpperCase());
  }

  /** `project` is a key or `~userSlug`; the project is created when missing. */
  addRepository(options: { project: string; slug: string; name?: string }): DcRepository {
    const project = this.addProject({ key: options.project });
    const repo: DcRepository = {
      id: this.newId(),
      slug: options.slug,
      name: options.name ?? options.slug,
      project,
      pullRequests: new Map(),
      reports: new Map(),
    };
    project.repositories.set(options.slug.toLowerCase(), repo);
    return repo;
  }

  /** By `KEY/slug` (or `~user/slug`). */
  repository(ref: DcRepoRef): DcRepository | undefined {
    if (typeof ref !== 'string') return ref;
    const slash = ref.indexOf('/');
    return this.project(ref.slice(0, slash))?.repositories.get(ref.slice(slash + 1).toLowerCase());
  }

  mustRepository(ref: DcRepoRef): DcRepository {
    const repo = this.repository(ref);
    if (!repo) throw new Error(`no repository ${String(ref)}; add it with addRepository() first`);
    return repo;
  }

  addPullRequest(ref: DcRepoRef, options: NewDcPullRequest): DcPullRequest {
    const repo = this.mustRepository(ref);
    const id = options.id ?? Math.max(0, ...repo.pullRequests.keys()) + 1;
    const where = `${repo.project.key}/${repo.slug}`;
    const fromCommit = (options.fromCommit ?? fakeSha(`${where}:${options.fromBranch}`)).toLowerCase();
    const toBranch = options.toBranch ?? 'main';
    const author = options.author ?? DC_OTHER_USER;
    const now = this.now();
    const pr: DcPullRequest = {
      id,
      version: options.version ?? 0,
      title: options.title ?? `PR ${id}`,
      ...(options.description === undefined ? {} : { description: options.description }),
      state: options.state ?? 'OPEN',
      draft: options.draft ?? false,
      fromBranch: options.fromBranch,
      fromCommit,
      toBranch,
      toCommit: (options.toCommit ?? fakeSha(`${where}:${toBranch}`)).toLowerCase(),
      commits: [fromCommit, ...(options.commits ?? []).map((c) => c.toLowerCase())],
      author,
      createdDate: now,
      updatedDate: now,
      comments: new Map(),
      activities: [{ id: this.newId(), createdDate: now, user: author, action: 'OPENED' }],
    };
    repo.pullRequests.set(id, pr);
    return pr;
  }

  pullRequest(ref: DcRepoRef, id: number): DcPullRequest | undefined {
    return this.repository(ref)?.pullRequests.get(id);
  }

  /** Adds a comment (and its COMMENTED activity), by default from someone other than the client. */
  addComment(
    ref: DcRepoRef,
    pullRequestId: number,
    options: { text: string; author?: DcUser; parentId?: number; anchor?: Record<string, unknown>; severity?: 'NORMAL' | 'BLOCKER'; state?: 'OPEN' | 'PENDING' },
  ): DcComment {
    const pr = this.pullRequest(ref, pullRequestId);
    if (!pr) throw new Error(`no pull request ${pullRequestId} in ${String(typeof ref === 'string' ? ref : ref.slug)}`);
    const now = this.now();
    const author = options.author ?? DC_OTHER_USER;
    const comment: DcComment = {
      id: this.newId(),
      version: 0,
      text: options.text,
      author,
      createdDate: now,
      updatedDate: now,
      severity: options.severity ?? 'NORMAL',
      state: options.state ?? 'OPEN',
      ...(options.parentId === undefined ? {} : { parentId: options.parentId }),
      ...(options.anchor ? { anchor: options.anchor } : {}),
      replies: [],
    };
    pr.comments.set(comment.id, comment);
    if (options.parentId !== undefined) pr.comments.get(options.parentId)?.replies.push(comment.id);
    // Replies live inside their thread's root comment; only roots get their own activity.
    else pr.activities.push({ id: this.newId(), createdDate: now, user: author, action: 'COMMENTED', commentId: comment.id });
    return comment;
  }

  comments(ref: DcRepoRef, pullRequestId: number): DcComment[] {
    return [...(this.pullRequest(ref, pullRequestId)?.comments.values() ?? [])];
  }

  reports(ref: DcRepoRef, commit: string): DcReport[] {
    return [...(this.repository(ref)?.reports.get(commit.toLowerCase())?.values() ?? [])];
  }

  report(ref: DcRepoRef, commit: string, key: string): DcReport | undefined {
    return this.repository(ref)?.reports.get(commit.toLowerCase())?.get(key);
  }

  annotations(ref: DcRepoRef, commit: string, key: string): Array<Record<string, unknown>> {
    return this.report(ref, commit, key)?.annotations ?? [];
  }

  buildStatus(commit: string, key: string): DcBuildStatus | undefined {
    return this.buildStatuses.get(commit.toLowerCase())?.get(key);
  }

  builds(commit: string): DcBuildStatus[] {
    return [...(this.buildStatuses.get(commit.toLowerCase())?.values() ?? [])];
  }
}
