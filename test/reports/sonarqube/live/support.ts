/**
 * What the live SonarQube tests share: a fake on loopback with a clock that never waits, a
 * logger that keeps its lines, and readLiveGate called the way the source calls it.
 */
import { createLogger, type Level } from '../../../../src/core/logger.js';
import { Redactor } from '../../../../src/core/redact.js';
import { readLiveGate, type LiveOptions, type LiveTarget } from '../../../../src/reports/sonarqube/live/analysis.js';
import type { Clock } from '../../../../src/core/poll.js';
import { parseReportTask } from '../../../../src/reports/sonarqube/report-task.js';
import { reportTaskTxt, startSonarQube, type SonarQubeFake, type SonarQubeOptions } from '../../../fakes/sonarqube/index.js';

/** Virtual time: a sleep moves the clock and returns at once, and every sleep is recorded. */
export function virtualClock(): Clock & { sleeps: number[]; elapsed(): number } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    elapsed: () => now,
  };
}

export interface Lines {
  lines: { level: Level; message: string }[];
  text(): string;
}

/** `inGroups`: the lines a log group opens and closes with in GitHub Actions, as the Action's front end writes them. */
export function capture(redactor: Redactor, inGroups = false): Lines & { log: ReturnType<typeof createLogger> } {
  const lines: { level: Level; message: string }[] = [];
  const groups = { start: (title: string) => lines.push({ level: 'info', message: `::group::${title}` }), end: () => lines.push({ level: 'info', message: '::endgroup::' }) };
  const log = createLogger((level, message) => lines.push({ level, message }), redactor, true, inGroups ? groups : undefined);
  return { lines, log, text: () => lines.map((l) => `${l.level}: ${l.message}`).join('\n') };
}

const started: SonarQubeFake[] = [];

export async function startSonar(options: SonarQubeOptions = {}): Promise<SonarQubeFake> {
  const sonar = await startSonarQube(options);
  started.push(sonar);
  return sonar;
}

export async function closeAll(): Promise<void> {
  await Promise.all(started.splice(0).map((s) => s.close()));
}

/** The target a scanner's report-task.txt for this task gives. */
export function taskTarget(sonar: SonarQubeFake, taskId: string): LiveTarget {
  return { kind: 'task', task: parseReportTask(reportTaskTxt(sonar.reportTaskFields(taskId)), 'report-task.txt') };
}

export async function readLive(sonar: SonarQubeFake, target: LiveTarget, options: Partial<LiveOptions> = {}) {
  const redactor = new Redactor();
  // Its own redactor: a token in the lines is one the code formatted, not one the client's redactor hid.
  const out = capture(new Redactor());
  const clock = virtualClock();
  const report = await readLiveGate({
    target,
    token: sonar.tokens.user,
    waitTimeoutMs: 300_000,
    networkTimeoutMs: 60_000,
    env: {},
    redactor,
    log: out.log,
    clock,
    ...options,
  });
  return { report, out, clock, redactor };
}
