/**
 * The Bitbucket Cloud adapter (REST 2.0, `/repositories/{workspace}/{repo_slug}/…`). Each concern
 * lives in its own module; this one wires them to the PlatformApi contract and says what the
 * credentials allow.
 */
import type { Logger } from '../../core/logger.js';
import type { HttpClient } from '../../http/index.js';
import type { BitbucketCloudRepository } from '../../repository/reference.js';
import type { PlatformApi } from '../platform.js';
import { createComment, deleteComment, listComments, updateComment } from './comments.js';
import type { CloudContext } from './context.js';
import { cloudIdentity } from './identity.js';
import { publishInsight } from './insights.js';
import { getPullRequest, pullRequestsForBranch, pullRequestsForCommit } from './pull-requests.js';
import { publishStatus } from './status.js';
import { CLOUD_LIMITS } from './wire.js';

export interface BitbucketCloudApiOptions {
  repository: BitbucketCloudRepository;
  /** Base URL ends in /2.0; credentials attached, or none when going through the Pipelines proxy. */
  http: HttpClient;
  log: Logger;
  viaPipelinesProxy: boolean;
}

/** The proxy's authorization is documented for Code Insights only (api-contracts.md §1.8). */
const PROXY_REASON =
  'the Bitbucket Pipelines auth proxy authorizes Code Insights only; a comment and a build status need TOKEN (an access token with the pullrequest and repository scopes) or USERNAME and PASSWORD';

export function createBitbucketCloudApi(options: BitbucketCloudApiOptions): PlatformApi {
  const { repository, http, log, viaPipelinesProxy } = options;
  const ctx: CloudContext = {
    http,
    log,
    repo: `repositories/${encodeURIComponent(repository.workspace)}/${encodeURIComponent(repository.slug)}`,
    repoName: `${repository.workspace}/${repository.slug}`,
    viaPipelinesProxy,
    commentFilter: { refused: false },
  };
  const identity = cloudIdentity(http, log);

  return {
    displayName: CLOUD_LIMITS.platform,
    names: { report: 'Code Insights report', status: 'build status' },
    can: { comment: !viaPipelinesProxy, insights: true, status: !viaPipelinesProxy },
    ...(viaPipelinesProxy ? { cannotReason: PROXY_REASON } : {}),

    getPullRequest: (id) => getPullRequest(ctx, id),
    pullRequestsForCommit: (commit) => pullRequestsForCommit(ctx, commit),
    pullRequestsForBranch: (branch) => pullRequestsForBranch(ctx, branch),

    listComments: (pr, query) => listComments(ctx, identity, pr, query),
    createComment: (pr, body) => createComment(ctx, identity, pr, body),
    updateComment: (pr, comment, body) => updateComment(ctx, identity, pr, comment, body),
    deleteComment: (pr, comment) => deleteComment(ctx, pr, comment),

    publishReport: (commit, reportId, insight) => publishInsight(ctx, commit, reportId, insight),
    publishStatus: (commit, status, context) => publishStatus(ctx, commit, status, context),
  };
}
