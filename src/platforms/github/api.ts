/**
 * The GitHub adapter (REST, api-contracts.md §3): `/repos/{owner}/{repo}/…` below api.github.com
 * or a GitHub Enterprise Server's `/api/v3`. Each concern lives in its own module; this one wires
 * them to the PlatformApi contract.
 */
import type { Logger } from '../../core/logger.js';
import type { HttpClient } from '../../http/index.js';
import type { GitHubRepository } from '../../repository/reference.js';
import type { PlatformApi } from '../platform.js';
import { publishCheckRun } from './check-runs.js';
import { createComment, deleteComment, listComments, updateComment, type FullLists } from './comments.js';
import { withGitHubHeaders, type GitHubContext } from './context.js';
import { GitHubIdentity } from './identity.js';
import { getPullRequest, pullRequestsForBranch, pullRequestsForCommit } from './pull-requests.js';
import { StatusWriter } from './status.js';
import { GITHUB_LIMITS, statusBody } from './wire.js';

export interface GitHubApiOptions {
  repository: GitHubRepository;
  /** Base URL is the API root (`https://api.github.com`, `https://host/api/v3`); the token attached as Bearer. */
  http: HttpClient;
  log: Logger;
}

const GITHUB_API = 'https://api.github.com';

/** §3.1: api.github.com for github.com, `{server}/api/v3` for GitHub Enterprise Server. */
export function defaultApiUrl(repository: GitHubRepository): string {
  const server = repository.serverUrl.replace(/\/+$/, '');
  return server === 'https://github.com' ? GITHUB_API : `${server}/api/v3`;
}

export function createGitHubApi(options: GitHubApiOptions): PlatformApi {
  const { repository, log } = options;
  const http = withGitHubHeaders(options.http);
  const ctx: GitHubContext = {
    http,
    log,
    repo: `repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`,
    repoName: `${repository.owner}/${repository.repo}`,
    owner: repository.owner,
  };
  const identity = new GitHubIdentity(http, log);
  const fullLists: FullLists = new Map();
  const statuses = new StatusWriter(ctx);

  return {
    displayName: GITHUB_LIMITS.platform,
    names: { report: 'check run', status: 'commit status' },
    can: { comment: true, insights: true, status: true },

    getPullRequest: (id) => getPullRequest(ctx, id),
    pullRequestsForCommit: (commit) => pullRequestsForCommit(ctx, commit),
    pullRequestsForBranch: (branch) => pullRequestsForBranch(ctx, branch),

    listComments: (pr, query) => listComments(ctx, identity, fullLists, pr, query),
    createComment: (pr, body) => createComment(ctx, identity, pr, body),
    updateComment: (pr, comment, body) => updateComment(ctx, pr, comment, body),
    deleteComment: (pr, comment) => deleteComment(ctx, pr, comment),

    publishReport: (commit, reportId, insight) => publishCheckRun(ctx, identity, statuses, commit, reportId, insight),
    // GitHub ties a status to the commit alone; the branch is not needed.
    publishStatus: (commit, status) => statuses.publish(commit, statusBody(status)),
  };
}
