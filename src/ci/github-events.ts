/**
 * What a GitHub Actions event payload (`GITHUB_EVENT_PATH`, api-contracts.md §3.7) says about the
 * pull request to decorate. GITHUB_SHA is the wrong commit on most pull-request events (the test
 * merge commit on `pull_request`, the default branch's head on `workflow_run` and `issue_comment`),
 * so the payload decides; GITHUB_SHA is used only for events that carry no pull request at all.
 */
import { isRecord } from '../core/records.js';
import { compact, positiveInteger } from './variables.js';

export interface EventTarget {
  pullRequest?: number;
  /** The commit the build is about; undefined when the payload does not name one. */
  commit?: string;
  /** The pull request's source branch, when it is a branch of this repository. */
  branch?: string;
  /** The pull request's head lives in another repository: on `pull_request` the token is read-only. */
  fromFork?: boolean;
}

/** Undefined: the event is not about a pull request, and GITHUB_SHA / GITHUB_REF_NAME hold. */
export function eventTarget(eventName: string | undefined, payload: unknown): EventTarget | undefined {
  const repository = text(field(payload, 'repository'), 'full_name');
  const pullRequest = field(payload, 'pull_request');
  // pull_request, pull_request_target and the review events all carry the REST `pull-request` object.
  if (isRecord(pullRequest)) return fromPullRequest(pullRequest, repository);
  if (eventName === 'workflow_run' || isRecord(field(payload, 'workflow_run'))) return fromWorkflowRun(field(payload, 'workflow_run'), payload, repository);
  const issue = field(payload, 'issue');
  // A comment on a pull request: the payload has its number only. The commit is left to COMMIT or
  // `git rev-parse HEAD`, the code the workflow checked out and analysed (GITHUB_SHA is the default branch).
  if (eventName === 'issue_comment' && isRecord(field(issue, 'pull_request'))) return compact({ pullRequest: number(field(issue, 'number')) });
  if (eventName?.startsWith('pull_request')) return {};
  return undefined;
}

function fromPullRequest(pr: Record<string, unknown>, repository: string | undefined): EventTarget {
  const head = field(pr, 'head');
  const base = text(field(field(pr, 'base'), 'repo'), 'full_name') ?? repository;
  const fromFork = differs(text(field(head, 'repo'), 'full_name'), base);
  return compact({
    pullRequest: number(pr['number']),
    commit: text(head, 'sha'),
    // A fork's branch name means nothing in this repository (a branch lookup could find another PR).
    branch: fromFork ? undefined : text(head, 'ref'),
    fromFork: fromFork || undefined,
  });
}

/**
 * `workflow_run`: the documented way to decorate pull requests from forks, from a workflow that
 * has a write token. `pull_requests` is often empty for a fork's run: then the publisher finds
 * the pull request by `head_sha`. An entry whose base is another repository is not ours.
 */
function fromWorkflowRun(run: unknown, payload: unknown, repository: string | undefined): EventTarget {
  const repositoryId = field(field(payload, 'repository'), 'id');
  const pulls = Array.isArray(field(run, 'pull_requests')) ? (field(run, 'pull_requests') as unknown[]) : [];
  const ours = pulls.find((p) => repositoryId === undefined || field(field(field(p, 'base'), 'repo'), 'id') === repositoryId);
  const fromFork = differs(text(field(run, 'head_repository'), 'full_name'), repository);
  return compact({
    pullRequest: number(field(ours, 'number')),
    commit: text(run, 'head_sha'),
    branch: fromFork ? undefined : text(run, 'head_branch'),
    fromFork: fromFork || undefined,
  });
}

function differs(head: string | undefined, base: string | undefined): boolean {
  return head !== undefined && base !== undefined && head.toLowerCase() !== base.toLowerCase();
}

function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined;
}

function text(value: unknown, name: string): string | undefined {
  const v = field(value, name);
  return typeof v === 'string' && v.trim() ? v : undefined;
}

function number(value: unknown): number | undefined {
  return typeof value === 'number' ? positiveInteger(value) : undefined;
}
