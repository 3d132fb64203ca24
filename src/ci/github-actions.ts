/**
 * GitHub Actions. On pull-request events GITHUB_SHA is the test merge commit, which no reviewer
 * sees: statuses and checks must go on the PR head, which only the event payload names
 * (github-events.ts reads it).
 */
import { InputError } from '../core/errors.js';
import { readBoundedFile } from '../core/files.js';
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

/** GitHub caps webhook payloads at 25 MB; the runner writes the event as it came. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

function readEvent(env: Environment): unknown {
  const path = variable(env, 'GITHUB_EVENT_PATH');
  if (!path) return undefined;
  const text = readBoundedFile(path, { setting: 'GITHUB_EVENT_PATH', what: 'the GitHub event payload (JSON)', maxBytes: MAX_EVENT_BYTES });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`the GitHub event payload ${path} is not valid JSON`, { source: 'GITHUB_EVENT_PATH', cause: error });
  }
}
