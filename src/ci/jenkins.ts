/**
 * Jenkins, with the Bitbucket Branch Source (or GitHub Branch Source) plugin for pull requests:
 * CHANGE_* describe the pull request, GIT_* the checkout.
 *
 * With the "merge with target" discovery strategy GIT_COMMIT is a local merge commit the server
 * never saw; such jobs must set COMMIT to the PR head.
 */
import type { CiSystem, Environment } from './context.js';
import { compact, positiveInteger, variable, withoutCredentials } from './variables.js';

/** A pull request URL's tail: Bitbucket `/pull-requests/N…`, GitHub `/pull/N…`. */
const PULL_REQUEST_TAIL = /\/(?:pull-requests|pull)\/\d+(?:[/?#].*)?$/;

export const jenkins: CiSystem = {
  name: 'jenkins',
  // JENKINS_URL is only set once the root URL is configured; JENKINS_HOME always is.
  detect: (env) => variable(env, 'JENKINS_URL') !== undefined || variable(env, 'JENKINS_HOME') !== undefined,
  context(env) {
    return compact({
      system: 'jenkins',
      repository: repositoryOf(env),
      pullRequest: positiveInteger(variable(env, 'CHANGE_ID')),
      commit: variable(env, 'GIT_COMMIT'),
      // In a PR build BRANCH_NAME is `PR-12`; CHANGE_BRANCH is the source branch.
      branch: variable(env, 'CHANGE_BRANCH') ?? variable(env, 'BRANCH_NAME'),
      buildUrl: variable(env, 'BUILD_URL'),
      workspaceDir: variable(env, 'WORKSPACE'),
    });
  },
};

/** The pull request's web URL names the repository on the server; else the clone URL. */
function repositoryOf(env: Environment): string | undefined {
  const changeUrl = variable(env, 'CHANGE_URL');
  if (changeUrl && PULL_REQUEST_TAIL.test(changeUrl)) return withoutCredentials(changeUrl.replace(PULL_REQUEST_TAIL, ''));
  const gitUrl = variable(env, 'GIT_URL');
  return gitUrl ? withoutCredentials(gitUrl) : undefined;
}
