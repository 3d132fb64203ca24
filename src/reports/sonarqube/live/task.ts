/**
 * Waiting for the analysis: `api/ce/task` is polled until the task leaves PENDING / IN_PROGRESS
 * (input-formats.md §0, §1.3), 1 s after the first poll, then backing off to at most 10 s, within
 * WAIT_TIMEOUT. A task the server does not know (404) is an error, not "still waiting".
 */
import { ServerError } from '../../../core/errors.js';
import type { HttpClient } from '../../../http/index.js';
import { isRecord } from '../../../core/records.js';
import { serverFailure } from './failures.js';
import type { WaitProgress } from './progress.js';

export const FIRST_POLL_DELAY_MS = 1_000;
export const MAX_POLL_DELAY_MS = 10_000;

export type TaskStatus = 'PENDING' | 'IN_PROGRESS' | 'SUCCESS' | 'FAILED' | 'CANCELED';

/** The fields of §1.3's Task this step reads. */
export interface CeTask {
  id: string;
  status: TaskStatus;
  /** Only once finished with SUCCESS. */
  analysisId?: string;
  componentKey?: string;
  organization?: string;
  branch?: string;
  /** `BRANCH` or `PULL_REQUEST`. */
  branchType?: string;
  pullRequest?: string;
  /** On FAILED. */
  errorMessage?: string;
}

/** Injectable, so the backoff is tested without waiting. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The delay after the n-th poll (1-based): 1 s, 2 s, 4 s, 8 s, then 10 s. */
export function pollDelayMs(poll: number): number {
  return Math.min(MAX_POLL_DELAY_MS, FIRST_POLL_DELAY_MS * 2 ** Math.max(0, poll - 1));
}

export interface WaitOptions {
  http: HttpClient;
  /** `ceTaskUrl`, or `api/ce/task?id=…` relative to the server. */
  url: string;
  taskId: string;
  timeoutMs: number;
  clock: Clock;
  progress: WaitProgress;
}

/** The task once finished (SUCCESS, FAILED or CANCELED). Throws a ServerError at the timeout. */
export async function waitForTask(options: WaitOptions): Promise<CeTask> {
  const { clock, progress } = options;
  const start = clock.now();
  try {
    for (let poll = 1; ; poll++) {
      const task = await fetchTask(options);
      const elapsed = clock.now() - start;
      progress.update(task.status, elapsed);
      if (task.status !== 'PENDING' && task.status !== 'IN_PROGRESS') return task;
      const left = options.timeoutMs - elapsed;
      if (left <= 0) throw timedOut(task, options.timeoutMs);
      // The last sleep ends at the timeout, so the final answer is the one read then.
      await clock.sleep(Math.min(pollDelayMs(poll), left));
    }
  } finally {
    progress.end();
  }
}

async function fetchTask({ http, url, taskId }: WaitOptions): Promise<CeTask> {
  const what = `the analysis task ${taskId} (api/ce/task)`;
  let body: unknown;
  try {
    body = (await http.request({ method: 'GET', url })).body;
  } catch (error) {
    throw serverFailure(error, what, "'Execute Analysis' (or 'Administer') on the project, which analysis tokens have");
  }
  const task = isRecord(body) ? body['task'] : undefined;
  if (!isRecord(task) || typeof task['status'] !== 'string' || !STATUSES.has(task['status'])) {
    throw new ServerError(`SonarQube answered ${what} without a task status; nothing was published`);
  }
  return task as unknown as CeTask;
}

const STATUSES = new Set<string>(['PENDING', 'IN_PROGRESS', 'SUCCESS', 'FAILED', 'CANCELED']);

function timedOut(task: CeTask, timeoutMs: number): ServerError {
  const seconds = Math.round(timeoutMs / 1000);
  return new ServerError(
    `SonarQube's analysis task ${task.id} was still ${task.status} after ${seconds} s (WAIT_TIMEOUT); nothing was published. ` +
      "Raise WAIT_TIMEOUT, or see the project's Background Tasks in SonarQube for why it waits.",
  );
}
