/**
 * GitHub Actions. On pull-request events GITHUB_SHA is the test merge commit, which no reviewer
 * sees: statuses and checks must go on the PR head, which only the event payload names
 * (github-events.ts reads it).
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import type { CiSystem, Environment } from './context.js';
import { eventTarget } from './github-events.js';
import { compact, variable } from './variables.js';

export const githubActions: CiSystem = {
  name: 'github-actions',
  detect: (env) => env['GITHUB_ACTIONS'] === 'true',
  secretVariables: ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
  context(env) {
    const repository = variable(env, 'GITHUB_REPOSITORY');
    const serverUrl = variable(env, 'GITHUB_SERVER_URL');
    const runId = variable(env, 'GITHUB_RUN_ID');
    const event = variable(env, 'GITHUB_EVENT_NAME');
    const target = eventTarget(event, readEvent(env));
    return compact({
      system: 'github-actions',
      repository,
      pullRequest: target?.pullRequest,
      // Without a target the event is not about a pull request, and GITHUB_SHA is the build's commit.
      commit: target ? target.commit : variable(env, 'GITHUB_SHA'),
      branch: target ? target.branch : variable(env, 'GITHUB_REF_NAME'),
      workspaceDir: variable(env, 'GITHUB_WORKSPACE'),
      buildUrl: serverUrl && repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
      apiUrl: variable(env, 'GITHUB_API_URL'),
      serverUrl,
      event,
      fromFork: target?.fromFork,
    });
  },
};

function readEvent(env: Environment): unknown {
  const path = variable(env, 'GITHUB_EVENT_PATH');
  if (!path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(`cannot read the GitHub event payload ${path} (${code})`, { source: 'GITHUB_EVENT_PATH', cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`the GitHub event payload ${path} is not valid JSON`, { source: 'GITHUB_EVENT_PATH', cause: error });
  }
}
