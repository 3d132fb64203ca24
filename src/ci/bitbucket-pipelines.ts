/** Bitbucket Pipelines: always Bitbucket Cloud; a pipe runs in its own container beside the step. */
import type { CiSystem, Environment } from './context.js';
import { compact, positiveInteger, variable } from './variables.js';

const PROXY_PORT = 29418;

export const bitbucketPipelines: CiSystem = {
  name: 'bitbucket-pipelines',
  detect: (env) => variable(env, 'BITBUCKET_BUILD_NUMBER') !== undefined || variable(env, 'BITBUCKET_PIPELINE_UUID') !== undefined,
  secretVariables: ['BITBUCKET_STEP_OIDC_TOKEN'],
  context(env) {
    const repository = fullName(env);
    const buildNumber = variable(env, 'BITBUCKET_BUILD_NUMBER');
    const inPipe = variable(env, 'BITBUCKET_PIPE_STORAGE_DIR') !== undefined || variable(env, 'BITBUCKET_PIPE_SHARED_STORAGE_DIR') !== undefined;
    return compact({
      system: 'bitbucket-pipelines',
      repository,
      pullRequest: positiveInteger(variable(env, 'BITBUCKET_PR_ID')),
      commit: variable(env, 'BITBUCKET_COMMIT'),
      branch: variable(env, 'BITBUCKET_BRANCH'),
      workspaceDir: variable(env, 'BITBUCKET_CLONE_DIR'),
      buildUrl: repository && buildNumber ? `https://bitbucket.org/${repository}/pipelines/results/${buildNumber}` : undefined,
      // The auth proxy listens on the build host; a pipe's container reaches the host by name.
      // PR_INSIGHTS_PIPELINES_PROXY overrides it for runners that put it elsewhere.
      pipelinesProxy: variable(env, 'PR_INSIGHTS_PIPELINES_PROXY') ?? `http://${inPipe ? 'host.docker.internal' : 'localhost'}:${PROXY_PORT}`,
    });
  },
};

/** `BITBUCKET_REPO_FULL_NAME`, else workspace and slug (`BITBUCKET_REPO_OWNER` is the workspace's older name). */
function fullName(env: Environment): string | undefined {
  const full = variable(env, 'BITBUCKET_REPO_FULL_NAME');
  if (full) return full;
  const workspace = variable(env, 'BITBUCKET_WORKSPACE') ?? variable(env, 'BITBUCKET_REPO_OWNER');
  const slug = variable(env, 'BITBUCKET_REPO_SLUG');
  return workspace && slug ? `${workspace}/${slug}` : undefined;
}
