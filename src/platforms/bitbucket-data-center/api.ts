/**
 * The Bitbucket Data Center adapter: PlatformApi over REST `api`, `insights` and `build-status`,
 * relative to the server base (context path included). Each job lives in its own module.
 */
import type { Logger } from '../../core/logger.js';
import type { HttpClient } from '../../http/index.js';
import type { BitbucketDataCenterRepository } from '../../repository/reference.js';
import type { PlatformApi } from '../platform.js';
import { createDcClient } from './client.js';
import { createComment, deleteComment, listComments, updateComment } from './comments.js';
import { publishInsight } from './insights.js';
import { getPullRequest, pullRequestsForBranch, pullRequestsForCommit } from './pull-requests.js';
import { createStatusPublisher } from './status.js';
import { DC_LIMITS } from './wire.js';

export interface BitbucketDataCenterApiOptions {
  repository: BitbucketDataCenterRepository;
  /** Its baseUrl is the server base including any context path, e.g. `https://host/bitbucket`. */
  http: HttpClient;
  log: Logger;
  /** The Basic-auth username, when there is one: who we are until the server says so itself. */
  username?: string;
}

export function createBitbucketDataCenterApi(options: BitbucketDataCenterApiOptions): PlatformApi {
  const client = createDcClient(options);
  const status = createStatusPublisher(client);
  return {
    displayName: DC_LIMITS.platform,
    names: { report: 'Code Insights report', status: 'build status' },
    can: { comment: true, insights: true, status: true },
    getPullRequest: (id) => getPullRequest(client, id),
    pullRequestsForCommit: (commit) => pullRequestsForCommit(client, commit),
    pullRequestsForBranch: (branch) => pullRequestsForBranch(client, branch),
    listComments: (pullRequest, query) => listComments(client, pullRequest, query),
    createComment: (pullRequest, body) => createComment(client, pullRequest, body),
    updateComment: (pullRequest, comment, body) => updateComment(client, pullRequest, comment, body),
    deleteComment: (pullRequest, comment) => deleteComment(client, pullRequest, comment),
    publishReport: (commit, reportId, insight) => publishInsight(client, commit, reportId, insight),
    publishStatus: (commit, decoration, context) => status.publish(commit, decoration, context),
  };
}
