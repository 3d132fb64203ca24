/**
 * GitHub Actions. On pull-request events GITHUB_SHA is the test merge commit, which no reviewer
 * sees: statuses and checks must go on the PR head, which only the event payload names.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import type { CiSystem, Environment } from './context.js';
import { compact, positiveInteger, variable } from './variables.js';

interface PullRequestEvent {
  number?: number;
  sha?: string;
  branch?: string;
}

export const githubActions: CiSystem = {
  name: 'github-actions',
  detect: (env) => env['GITHUB_ACTIONS'] === 'true',
  secretVariables: ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
  context(env) {
    const repository = variable(env, 'GITHUB_REPOSITORY');
    const serverUrl = variable(env, 'GITHUB_SERVER_URL');
    const runId = variable(env, 'GITHUB_RUN_ID');
    const pullRequest = pullRequestOf(readEvent(env));
    // Without the payload a pull-request event only has the merge commit: better no commit than that one.
    const isPullRequestEvent = pullRequest !== undefined || (variable(env, 'GITHUB_EVENT_NAME') ?? '').startsWith('pull_request');
    return compact({
      system: 'github-actions',
      repository,
      pullRequest: pullRequest?.number,
      commit: isPullRequestEvent ? pullRequest?.sha : variable(env, 'GITHUB_SHA'),
      branch: isPullRequestEvent ? pullRequest?.branch : variable(env, 'GITHUB_REF_NAME'),
      workspaceDir: variable(env, 'GITHUB_WORKSPACE'),
      buildUrl: serverUrl && repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
      apiUrl: variable(env, 'GITHUB_API_URL'),
      serverUrl,
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

/** `pull_request` of pull_request, pull_request_target and the review events; undefined for others. */
function pullRequestOf(event: unknown): PullRequestEvent | undefined {
  const pullRequest = field(event, 'pull_request');
  if (pullRequest === undefined) return undefined;
  const head = field(pullRequest, 'head');
  const number = field(pullRequest, 'number');
  const sha = field(head, 'sha');
  const ref = field(head, 'ref');
  return compact({
    number: typeof number === 'number' ? positiveInteger(number) : undefined,
    sha: typeof sha === 'string' ? sha : undefined,
    branch: typeof ref === 'string' ? ref : undefined,
  });
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
