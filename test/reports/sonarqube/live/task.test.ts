// Waiting for SonarQube's analysis against the loopback fake, on a virtual clock: the backoff is
// the documented one (1 s, doubling, at most 10 s), the progress is one line per change or per
// 15 s, and a timeout, a failed task and an unknown task each end the wait the way they should.
import { afterEach, describe, expect, it } from '@jest/globals';
import { ServerError } from '../../../../src/core/errors.js';
import { Redactor } from '../../../../src/core/redact.js';
import { createHttpClient } from '../../../../src/http/index.js';
import { waitProgress } from '../../../../src/core/progress.js';
import { pollDelayMs, waitForTask } from '../../../../src/reports/sonarqube/live/task.js';
import { capture, closeAll, readLive, startSonar, taskTarget, virtualClock } from './support.js';

const PROJECT = 'acme:widgets';

afterEach(closeAll);

describe('pollDelayMs', () => {
  it('starts at 1 s and doubles up to 10 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(pollDelayMs)).toEqual([1000, 2000, 4000, 8000, 10000, 10000, 10000]);
  });
});

async function wait(options: { pendingPolls: number; inProgressPolls: number; timeoutMs: number; frontEnd?: 'action' | 'pipe' | 'cli'; taskId?: string }) {
  const sonar = await startSonar();
  const { taskId } = sonar.state.addAnalysis({ project: PROJECT, progress: { pendingPolls: options.pendingPolls, inProgressPolls: options.inProgressPolls } });
  const redactor = new Redactor();
  const out = capture(redactor, options.frontEnd === 'action');
  const clock = virtualClock();
  const http = createHttpClient({ baseUrl: sonar.url, auth: { kind: 'basic', username: sonar.tokens.user, password: '' }, redactor });
  const id = options.taskId ?? taskId;
  const result = waitForTask({
    http,
    url: `api/ce/task?id=${id}`,
    taskId: id,
    timeoutMs: options.timeoutMs,
    clock,
    progress: waitProgress(out.log, `SonarQube analysis ${id}`),
  });
  return { sonar, taskId, out, clock, result };
}

describe('waitForTask', () => {
  it('polls until SUCCESS with the backoff, and prints a line per status change or 15 s, not per poll', async () => {
    const { sonar, taskId, out, clock, result } = await wait({ pendingPolls: 3, inProgressPolls: 5, timeoutMs: 300_000 });
    const task = await result;
    expect(task).toMatchObject({ id: taskId, status: 'SUCCESS' });
    expect(sonar.state.pollsOf(taskId)).toBe(9);
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 10000, 10000, 10000, 10000]);
    const progress = out.lines.filter((l) => l.message.startsWith(`SonarQube analysis ${taskId}`)).map((l) => l.message.replace(/^.*?: /, ''));
    // Changes at 0 s, 7 s and 55 s; IN_PROGRESS again after 15 s more (at 25 s and 45 s).
    expect(progress).toEqual(['PENDING, 0 s', 'IN_PROGRESS, 7 s', 'IN_PROGRESS, 25 s', 'IN_PROGRESS, 45 s', 'SUCCESS, 55 s']);
    expect(out.lines.every((l) => l.level !== 'info' || !l.message.startsWith('::'))).toBe(true);
  });

  it('in GitHub Actions, puts the progress lines in one log group', async () => {
    const { out, result } = await wait({ pendingPolls: 1, inProgressPolls: 1, timeoutMs: 60_000, frontEnd: 'action' });
    await result;
    const messages = out.lines.map((l) => l.message);
    expect(messages[0]).toMatch(/^::group::SonarQube analysis /);
    expect(messages.filter((m) => m === '::endgroup::')).toHaveLength(1);
    expect(messages.at(-1)).toBe('::endgroup::');
  });

  it('gives up at WAIT_TIMEOUT with a last poll at the deadline, saying what SonarQube last answered', async () => {
    const { sonar, taskId, clock, result } = await wait({ pendingPolls: 1, inProgressPolls: 1000, timeoutMs: 20_000 });
    await expect(result).rejects.toThrow(ServerError);
    await expect(result).rejects.toThrow(new RegExp(`task ${taskId} was still IN_PROGRESS after 20 s \\(WAIT_TIMEOUT\\); nothing was published`));
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 5000]);
    expect(clock.elapsed()).toBe(20_000);
    expect(sonar.state.pollsOf(taskId)).toBe(6);
  });

  it('treats an unknown task (404) as an error, not as still waiting', async () => {
    const { clock, result } = await wait({ pendingPolls: 0, inProgressPolls: 0, timeoutMs: 60_000, taskId: 'AXunknownTask0000000' });
    await expect(result).rejects.toThrow(ServerError);
    await expect(result).rejects.toThrow(/404.*No activity found for task 'AXunknownTask0000000'/);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('a failed or canceled analysis', () => {
  it.each([
    ['FAILED', 'Unsupported Java version 8', /the SonarQube analysis failed: Unsupported Java version 8/],
    ['CANCELED', undefined, /the SonarQube analysis was canceled/],
  ] as const)('%s: a failing report that says so, and the reason in the log', async (final, errorMessage, wording) => {
    const sonar = await startSonar();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', progress: { pendingPolls: 1, final, ...(errorMessage ? { errorMessage } : {}) } });
    const { report, out } = await readLive(sonar, taskTarget(sonar, taskId));
    expect(report).toMatchObject({ kind: 'quality-gate', verdict: 'fail', status: final, conditions: [], findings: [], projectKey: PROJECT });
    expect(report.analysisFailure).toMatch(wording);
    expect(report.dashboardUrl).toBe(`${sonar.url}/dashboard?id=acme%3Awidgets&pullRequest=7`);
    if (errorMessage) expect(out.lines.some((l) => l.level === 'error' && l.message.includes(errorMessage))).toBe(true);
    // Nothing is read after a failed analysis.
    expect(sonar.requests.map((r) => r.operation)).toEqual(['ce.task', 'ce.task']);
  });
});
