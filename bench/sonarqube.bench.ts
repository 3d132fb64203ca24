/**
 * Reading SonarQube live: a pull request analysis with 5,000 open issues on the loopback fake with
 * 50 ms latency on every request. The task finishes at a moment of its own (not at a poll), and the
 * benchmark prints the requests to SonarQube, the round trips from "task done" to "everything read"
 * (target: 3 — the gate, then page 1 of the issues ∥ hotspots ∥ measures, then the other pages in
 * parallel), and how long after finishing the step noticed, against the poll interval then in force.
 */
import { createLogger } from '../src/core/logger.js';
import { Redactor } from '../src/core/redact.js';
import { readLiveGate } from '../src/reports/sonarqube/live/analysis.js';
import { systemClock } from '../src/core/poll.js';
import { pollDelayMs } from '../src/reports/sonarqube/live/task.js';
import { parseReportTask } from '../src/reports/sonarqube/report-task.js';
import { sequentialRoundTrips } from '../test/fakes/index.js';
import { hotspots, issues, reportTaskTxt, startSonarQube } from '../test/fakes/sonarqube/index.js';

const LATENCY_MS = 50;
const ISSUES = 5_000;
/** When the analysis finishes, after the wait began: between the 3rd and 4th polls (at 3 s and 7 s). */
const FINISHES_AFTER_MS = 4_000;

async function main(): Promise<void> {
  const sonar = await startSonarQube();
  try {
    const { taskId } = sonar.state.addAnalysis({
      project: 'acme:bench',
      pullRequest: '42',
      conditions: [{ metricKey: 'new_coverage', comparator: 'LT', errorThreshold: 80, actualValue: '61.4' }],
      issues: issues(ISSUES),
      hotspots: hotspots(30),
      measures: { new_coverage: '61.4', new_duplicated_lines_density: '2.0', new_violations: ISSUES },
      progress: { pendingPolls: Number.MAX_SAFE_INTEGER },
    });
    sonar.setFault({ kind: 'latency', ms: LATENCY_MS });
    const redactor = new Redactor();
    const started = performance.now();
    let finishedAt = 0;
    const finish = setTimeout(() => {
      finishedAt = performance.now();
      // The next poll answers SUCCESS.
      sonar.state.setTaskProgress(taskId, { pendingPolls: sonar.state.pollsOf(taskId), inProgressPolls: 0 });
    }, FINISHES_AFTER_MS);

    const report = await readLiveGate({
      target: { kind: 'task', task: parseReportTask(reportTaskTxt(sonar.reportTaskFields(taskId)), 'report-task.txt') },
      token: sonar.tokens.user,
      waitTimeoutMs: 60_000,
      networkTimeoutMs: 60_000,
      env: {},
      redactor,
      log: createLogger(() => undefined, redactor),
      clock: systemClock,
    });
    clearTimeout(finish);
    const wallMs = performance.now() - started;

    const polls = sonar.requests.filter((r) => r.operation === 'ce.task');
    const noticed = polls.at(-1)!;
    const after = sonar.requests.filter((r) => r.seq > noticed.seq);
    const interval = pollDelayMs(polls.length - 1);
    const noticedAfterMs = (noticed.endedAt ?? noticed.startedAt) - finishedAt;
    if (sonar.violations.length) throw new Error(`SonarQube parameter violations: ${JSON.stringify(sonar.violations).slice(0, 500)}`);

    console.log(`${ISSUES} open issues + 30 hotspots on a pull request, ${LATENCY_MS} ms latency per request, node ${process.versions.node}`);
    console.log(`annotations read:                 ${report.findings.length}`);
    console.log(`requests to SonarQube:            ${sonar.requests.length} (${polls.length} polls, ${after.length} after the task was done)`);
    console.log(`round trips, task done → all read: ${sequentialRoundTrips(after)} (target: at most 3)`);
    console.log(`noticed after finishing:          ${noticedAfterMs.toFixed(0)} ms (poll interval then: ${interval} ms; target: at most one interval)`);
    console.log(`wall time:                        ${wallMs.toFixed(0)} ms`);
  } finally {
    await sonar.close();
  }
}

await main();
