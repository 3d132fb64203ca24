/**
 * What every GitHub operation shares: the HTTP client (already sending GitHub's headers), the
 * repository's path, and the hints `explain()` gives when an operation is refused, each naming the
 * workflow `permissions:` entry that grants it (api-contracts.md §3.1).
 */
import type { Logger } from '../../core/logger.js';
import type { HttpClient } from '../../http/index.js';
import type { OperationHints } from '../core/failure.js';

export interface GitHubContext {
  readonly http: HttpClient;
  readonly log: Logger;
  /** `repos/{owner}/{repo}`, encoded, relative to the API base. */
  readonly repo: string;
  /** `owner/repo`, for messages. */
  readonly repoName: string;
  readonly owner: string;
}

/** §3.1: the media type and the API version every request names; the token comes from the client's auth. */
const GITHUB_HEADERS = { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' } as const;

export function withGitHubHeaders(http: HttpClient): HttpClient {
  return { request: (req) => http.request({ ...req, headers: { ...GITHUB_HEADERS, ...req.headers } }) };
}

const NOT_FOUND = 'check REPOSITORY, and that the token can see the repository';
const UNAUTHORIZED = 'TOKEN is missing, invalid or expired';

function hints(name: string, why: string, notFound = NOT_FOUND): OperationHints {
  return {
    permission: `${name} (${why}): add \`${name}\` to the workflow's \`permissions:\` block (a pull_request from a fork only ever gets a read-only GITHUB_TOKEN)`,
    notFound,
    unauthorized: UNAUTHORIZED,
  };
}

export const HINTS = {
  readPullRequests: hints('pull-requests: read', 'to find the pull request'),
  writeComments: hints('pull-requests: write', 'or issues: write, to comment'),
  checks: hints('checks: write', 'to create a check run'),
  statuses: hints('statuses: write', 'to set a commit status', `${NOT_FOUND}, and that COMMIT has been pushed to it`),
} satisfies Record<string, OperationHints>;
