/**
 * Waiting for the analysis: `api/ce/task` is polled until the task leaves PENDING / IN_PROGRESS
 * (input-formats.md §0, §1.3), 1 s after the first poll, then backing off to at most 10 s, within
 * WAIT_TIMEOUT. A task the server does not know (404) is an error, not "still waiting".
 */
import { ServerError } from '../../../core/errors.js';
import { pollUntilEnded, type Clock } from '../../../core/poll.js';
import type { WaitProgress } from '../../../core/progress.js';
import { isRecord } from '../../../core/records.js';
import type { HttpClient } from '../../../http/index.js';
import { serverFailure } from './failures.js';

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
  let last: CeTask | undefined;
  try {
    const [task] = await pollUntilEnded(
      [options.taskId],
      async () => {
        last = await fetchTask(options);
        return last.status === 'PENDING' || last.status === 'IN_PROGRESS' ? undefined : last;
      },
      {
        now: () => clock.now(),
        sleep: (ms) => clock.sleep(ms),
        deadline: clock.now() + options.timeoutMs,
        firstIntervalMs: FIRST_POLL_DELAY_MS,
        maxIntervalMs: MAX_POLL_DELAY_MS,
        concurrency: 1,
        progress: (_finished, _total, elapsedMs) => progress.update(last!.status, elapsedMs),
      },
    );
    if (task) return task;
    throw timedOut(last!, options.timeoutMs);
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
