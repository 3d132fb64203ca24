/** Atlassian Bamboo: every plan variable reaches a script as `bamboo_<name>`. */
import type { CiSystem } from './context.js';
import { compact, positiveInteger, variable, withoutCredentials } from './variables.js';

export const bamboo: CiSystem = {
  name: 'bamboo',
  detect: (env) => variable(env, 'bamboo_buildKey') !== undefined,
  context(env) {
    const url = variable(env, 'bamboo_planRepository_repositoryUrl');
    return compact({
      system: 'bamboo',
      repository: url ? withoutCredentials(url) : undefined,
      pullRequest: positiveInteger(variable(env, 'bamboo_repository_pr_key')),
      commit: variable(env, 'bamboo_planRepository_revision'),
      branch: variable(env, 'bamboo_planRepository_branchName'),
      buildUrl: variable(env, 'bamboo_resultsUrl'),
      workspaceDir: variable(env, 'bamboo_build_working_directory'),
    });
  },
};
