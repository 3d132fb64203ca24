/**
 * What every Cloud operation shares: the HTTP client (base URL already ends in /2.0), the
 * repository's path, and the hints `explain()` gives when an operation is refused.
 */
import type { Logger } from '../../core/logger.js';
import type { HttpClient } from '../../http/index.js';
import type { OperationHints } from '../core/failure.js';

export interface CloudContext {
  readonly http: HttpClient;
  readonly log: Logger;
  /** `repositories/{workspace}/{repo_slug}`, encoded, relative to the base URL. */
  readonly repo: string;
  /** `workspace/slug`, for messages. */
  readonly repoName: string;
  /** No credentials: requests go through the Pipelines auth proxy, which authorizes Code Insights only. */
  readonly viaPipelinesProxy: boolean;
  /** Set once the server refused the comment filter (400): later listings of the run go straight to the plain list. */
  readonly commentFilter: { refused: boolean };
}

const NOT_FOUND = 'check REPOSITORY, and that the credentials can see the repository';

/** Scope names as repository/project/workspace access tokens call them, then as API tokens do. */
export const HINTS = {
  readPullRequests: { permission: 'the pullrequest scope (API token: read:pullrequest:bitbucket)', notFound: NOT_FOUND },
  writeComments: { permission: 'the pullrequest scope (API token: write:pullrequest:bitbucket)', notFound: NOT_FOUND },
  insights: {
    permission: 'the repository scope (API token: read:repository:bitbucket and write:repository:bitbucket)',
    notFound: `${NOT_FOUND}, and that COMMIT has been pushed to it`,
  },
  insightsViaProxy: {
    permission: "the Pipelines auth proxy's authorization, which covers only the pipeline's own repository (check REPOSITORY)",
    notFound: 'check REPOSITORY, and that COMMIT has been pushed to it',
  },
  status: {
    permission: 'the repository scope (API token: write:repository:bitbucket)',
    notFound: `${NOT_FOUND}, and that COMMIT has been pushed to it`,
  },
} satisfies Record<string, OperationHints>;
