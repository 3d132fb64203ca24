/**
 * What the GitHub fake remembers, keyed the way GitHub keys it: repositories by `owner/repo`
 * (case-insensitive), pull requests by number, issue comments, check runs and statuses by ids that
 * only grow, statuses by sha + context. Tests seed it before a run and read it afterwards; the
 * route handlers change it.
 */
import { fakeSha } from '../sha.js';
import { GITHUB_REVIEWER, type GitHubAccount, type GitHubToken } from './tokens.js';

export interface GitHubRepository {
  readonly owner: string;
  readonly name: string;
  readonly fullName: string;
  readonly id: number;
  readonly defaultBranch: string;
  readonly pullRequests: Map<number, GitHubPullRequest>;
  /** Branch name → head sha, for `commits/{ref}/…` with a branch name. */
  readonly branches: Map<string, string>;
  /** Every full sha the repository knows; a status on any other is refused. */
  readonly commits: Set<string>;
  readonly comments: Map<number, GitHubComment>;
  readonly checkRuns: Map<number, GitHubCheckRun>;
  /** In creation order. */
  readonly statuses: GitHubStatus[];
}

export type PullRequestState = 'open' | 'closed';

export interface GitHubPullRequest {
  readonly number: number;
  readonly id: number;
  title: string;
  state: PullRequestState;
  merged: boolean;
  draft: boolean;
  readonly user: GitHubAccount;
  readonly head: { ref: string; sha: string; /** `owner/repo`; another owner's for a fork. */ repo: string };
  readonly base: { ref: string; sha: string };
  /** Commits of the PR (the head included), for `commits/{sha}/pulls`. */
  readonly commits: string[];
  mergeCommitSha: string | null;
  readonly createdAt: string;
  updatedAt: string;
}

export interface GitHubComment {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  readonly user: GitHubAccount;
  readonly authorAssociation: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface CheckRunOutput {
  title: string | null;
  summary: string | null;
  text: string | null;
}

export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column: number | null;
  readonly end_column: number | null;
  readonly annotation_level: string;
  readonly title: string | null;
  readonly message: string;
  readonly raw_details: string | null;
}

export interface GitHubCheckRun {
  readonly id: number;
  name: string;
  readonly headSha: string;
  /** The app that wrote it: the token's bot account. */
  readonly app: GitHubAccount;
  /** One suite per head sha and app, as GitHub groups runs. */
  readonly checkSuiteId: number;
  externalId: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string | null;
  startedAt: string | null;
  completedAt: string | null;
  readonly output: CheckRunOutput;
  /** Every annotation sent, in order: each PATCH appends. */
  readonly annotations: CheckAnnotation[];
}

export interface GitHubStatus {
  readonly id: number;
  readonly sha: string;
  readonly state: string;
  /** As sent; compared case-insensitively. */
  readonly context: string;
  readonly description: string | null;
  readonly targetUrl: string | null;
  readonly creator: GitHubAccount;
  readonly createdAt: string;
}

export interface NewPullRequest {
  readonly number?: number;
  readonly title?: string;
  readonly headRef: string;
  readonly headSha?: string;
  /** `owner/repo` of a fork; the repository itself by default. */
  readonly headRepo?: string;
  readonly baseRef?: string;
  readonly baseSha?: string;
  readonly state?: PullRequestState;
  readonly merged?: boolean;
  readonly draft?: boolean;
  readonly user?: GitHubAccount;
  /** More commits of the PR besides its head. */
  readonly commits?: readonly string[];
  readonly mergeCommitSha?: string;
}

export type RepoRef = string | GitHubRepository;

export class GitHubState {
  private readonly repositories = new Map<string, GitHubRepository>();
  readonly tokens: GitHubToken[] = [];
  private nextId = { repository: 700001, pullRequest: 900001, comment: 1000001, checkRun: 2000001, checkSuite: 2500001, status: 3000001 };

  constructor(private readonly clock: () => Date = () => new Date()) {}

  now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  nowMs(): number {
    return this.clock().getTime();
  }

  addToken(token: GitHubToken): GitHubToken {
    if (this.tokens.some((t) => t.token === token.token)) throw new Error('a token with this secret is already registered');
    this.tokens.push(token);
    return token;
  }

  token(secret: string): GitHubToken | undefined {
    return this.tokens.find((t) => t.token === secret);
  }

  addRepository(options: { owner: string; name: string; defaultBranch?: string; defaultBranchSha?: string }): GitHubRepository {
    const fullName = `${options.owner}/${options.name}`;
    const defaultBranch = options.defaultBranch ?? 'main';
    const repo: GitHubRepository = {
      owner: options.owner,
      name: options.name,
      fullName,
      id: this.nextId.repository++,
      defaultBranch,
      pullRequests: new Map(),
      branches: new Map(),
      commits: new Set(),
      comments: new Map(),
      checkRuns: new Map(),
      statuses: [],
    };
    this.repositories.set(fullName.toLowerCase(), repo);
    this.addBranch(repo, defaultBranch, options.defaultBranchSha ?? fakeSha(`${fullName}:${defaultBranch}`));
    return repo;
  }

  repository(ref: RepoRef): GitHubRepository | undefined {
    return typeof ref === 'string' ? this.repositories.get(ref.toLowerCase()) : ref;
  }

  mustRepository(ref: RepoRef): GitHubRepository {
    const repo = this.repository(ref);
    if (!repo) throw new Error(`no repository ${String(ref)}; add it with addRepository() first`);
    return repo;
  }

  /** A branch (and its head commit) the repository knows, e.g. for `commits/{branch}/status`. */
  addBranch(ref: RepoRef, name: string, sha: string): void {
    const repo = this.mustRepository(ref);
    repo.branches.set(name, sha.toLowerCase());
    repo.commits.add(sha.toLowerCase());
  }

  addCommit(ref: RepoRef, sha: string): void {
    this.mustRepository(ref).commits.add(sha.toLowerCase());
  }

  addPullRequest(ref: RepoRef, options: NewPullRequest): GitHubPullRequest {
    const repo = this.mustRepository(ref);
    const number = options.number ?? Math.max(0, ...repo.pullRequests.keys()) + 1;
    const headRepo = options.headRepo ?? repo.fullName;
    const headSha = (options.headSha ?? fakeSha(`${headRepo}:${options.headRef}`)).toLowerCase();
    const baseRef = options.baseRef ?? repo.defaultBranch;
    const baseSha = (options.baseSha ?? repo.branches.get(baseRef) ?? fakeSha(`${repo.fullName}:${baseRef}`)).toLowerCase();
    const merged = options.merged ?? false;
    const commits = [headSha, ...(options.commits ?? []).map((c) => c.toLowerCase())];
    const mergeCommitSha = options.mergeCommitSha?.toLowerCase() ?? fakeSha(`${repo.fullName}#${number}:merge`);
    for (const sha of [...commits, baseSha, mergeCommitSha]) repo.commits.add(sha);
    // A fork's branch is not a branch of this repository.
    if (headRepo.toLowerCase() === repo.fullName.toLowerCase()) repo.branches.set(options.headRef, headSha);
    if (!repo.branches.has(baseRef)) repo.branches.set(baseRef, baseSha);
    const now = this.now();
    const pr: GitHubPullRequest = {
      number,
      id: this.nextId.pullRequest++,
      title: options.title ?? `PR ${number}`,
      state: merged ? 'closed' : (options.state ?? 'open'),
      merged,
      draft: options.draft ?? false,
      user: options.user ?? GITHUB_REVIEWER,
      head: { ref: options.headRef, sha: headSha, repo: headRepo },
      base: { ref: baseRef, sha: baseSha },
      commits,
      mergeCommitSha,
      createdAt: now,
      updatedAt: now,
    };
    repo.pullRequests.set(number, pr);
    return pr;
  }

  pullRequest(ref: RepoRef, number: number): GitHubPullRequest | undefined {
    return this.repository(ref)?.pullRequests.get(number);
  }

  /** Seeds a comment, by default from a person other than the client under test. */
  addComment(ref: RepoRef, issueNumber: number, options: { body: string; user?: GitHubAccount; authorAssociation?: string }): GitHubComment {
    const repo = this.mustRepository(ref);
    if (!repo.pullRequests.has(issueNumber)) throw new Error(`no pull request ${issueNumber} in ${repo.fullName}`);
    return this.storeComment(repo, issueNumber, options.body, options.user ?? GITHUB_REVIEWER, options.authorAssociation ?? 'MEMBER');
  }

  storeComment(repo: GitHubRepository, issueNumber: number, body: string, user: GitHubAccount, authorAssociation: string): GitHubComment {
    const now = this.now();
    const comment: GitHubComment = { id: this.nextId.comment++, issueNumber, body, user, authorAssociation, createdAt: now, updatedAt: now };
    repo.comments.set(comment.id, comment);
    return comment;
  }

  /** Ascending ids, as the list endpoint answers. */
  comments(ref: RepoRef, issueNumber: number): GitHubComment[] {
    return [...(this.repository(ref)?.comments.values() ?? [])].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }

  newCheckRunId(): number {
    return this.nextId.checkRun++;
  }

  /** The suite a run joins: the existing one of this head sha and app, or a new one. */
  checkSuiteId(repo: GitHubRepository, headSha: string, app: GitHubAccount): number {
    const sibling = [...repo.checkRuns.values()].find((r) => r.headSha === headSha && r.app.id === app.id);
    return sibling?.checkSuiteId ?? this.nextId.checkSuite++;
  }

  checkRun(ref: RepoRef, id: number): GitHubCheckRun | undefined {
    return this.repository(ref)?.checkRuns.get(id);
  }

  /** Oldest first. */
  checkRuns(ref: RepoRef, headSha?: string): GitHubCheckRun[] {
    return [...(this.repository(ref)?.checkRuns.values() ?? [])].filter((r) => headSha === undefined || r.headSha === headSha.toLowerCase());
  }

  newStatusId(): number {
    return this.nextId.status++;
  }

  /** Every status of the sha, oldest first. */
  statuses(ref: RepoRef, sha: string): GitHubStatus[] {
    return (this.repository(ref)?.statuses ?? []).filter((s) => s.sha === sha.toLowerCase());
  }

  /** The newest status of each context (compared case-insensitively), newest first: the combined view. */
  latestStatuses(ref: RepoRef, sha: string): GitHubStatus[] {
    const latest = new Map<string, GitHubStatus>();
    for (const status of this.statuses(ref, sha)) latest.set(status.context.toLowerCase(), status);
    return [...latest.values()].sort((a, b) => b.id - a.id);
  }

  /** A full sha for a sha, unique abbreviation or branch name; undefined when the repository has no such commit. */
  resolveRef(ref: RepoRef, name: string): string | undefined {
    const repo = this.repository(ref);
    if (!repo) return undefined;
    const branch = repo.branches.get(name.replace(/^(refs\/)?heads\//, ''));
    if (branch) return branch;
    const lower = name.toLowerCase();
    if (repo.commits.has(lower)) return lower;
    if (!/^[0-9a-f]{7,39}$/.test(lower)) return undefined;
    const matches = [...repo.commits].filter((c) => c.startsWith(lower));
    return matches.length === 1 ? matches[0] : undefined;
  }
}
