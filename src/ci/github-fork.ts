/**
 * A pull request from a fork, on `pull_request` (and the review events): GitHub gives the
 * workflow a read-only token, and every write answers 403 "Resource not accessible by
 * integration" (api-contracts.md §3.1). That is no fault of the report or the settings, so the
 * run stays useful without the platform — job summary, annotations on the runner — and exits by
 * the report. Any other refusal (a workflow that forgot its `permissions:`) still fails the step.
 */
import { PublishError } from '../core/errors.js';
import { HttpError } from '../http/errors.js';
import type { CiContext } from './context.js';

const READ_ONLY_MESSAGE = 'Resource not accessible by integration';

/** `pull_request_target` and `workflow_run` run with the base repository's token, which can write. */
function readOnlyEvent(ci: CiContext): boolean {
  return ci.fromFork === true && ci.event !== undefined && ci.event.startsWith('pull_request') && ci.event !== 'pull_request_target';
}

/** The publish failed only because the fork's token may not write. */
export function refusedForForkToken(error: unknown, ci: CiContext): error is PublishError {
  return readOnlyEvent(ci) && error instanceof PublishError && error.failures.length > 0 && error.failures.every(isReadOnlyRefusal);
}

function isReadOnlyRefusal(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof HttpError) return e.status === 403 && (e.platformMessage ?? '').includes(READ_ONLY_MESSAGE);
  }
  return false;
}

export const FORK_NOTICE =
  'This pull request comes from a fork, and GitHub gives its pull_request workflows a read-only token: nothing could be written to the pull request. ' +
  'The report is in the job summary and its most severe findings are annotated here. To comment on pull requests from forks, ' +
  'run pr-insights in a second workflow triggered by workflow_run, which gets a token that can write (README: "Pull requests from forks").';
