/**
 * The quality gate read live from SonarQube (input-formats.md §0): after a scanner, wait for the
 * analysis its report-task.txt names and read what that analysis computed; or, given a project key,
 * read the latest analysis of a pull request or branch. Either way the result is the same
 * QualityGateReport a project_status file gives, with issues, hotspots and measures added.
 */
import { InputError } from '../../../core/errors.js';
import type { Logger } from '../../../core/logger.js';
import type { Redactor } from '../../../core/redact.js';
import type { QualityGateReport } from '../../model.js';
import { TOOL_NAME } from '../project-status.js';
import type { ReportTask } from '../report-task.js';
import { connect, type Connection } from './connect.js';
import { TOKEN_KINDS } from './failures.js';
import type { AnalysisScope } from './issues.js';
import { dashboardUrl, type AnalysisRef } from './links.js';
import { readResults } from './results.js';
import { serverLabel } from './server.js';
import { systemClock, type Clock } from '../../../core/poll.js';
import { waitProgress } from '../../../core/progress.js';
import { waitForTask, type CeTask } from './task.js';

export type LiveTarget =
  /** A scanner's report-task.txt: the analysis to wait for. */
  | { kind: 'task'; task: ReportTask }
  /** SONAR_PROJECT_KEY with the pull request or branch: its latest analysis. */
  | { kind: 'project'; projectKey: string; ref: AnalysisRef };

export interface LiveOptions {
  target: LiveTarget;
  /** SONAR_HOST_URL; report-task.txt's `serverUrl` otherwise. */
  hostUrl?: string;
  token?: string;
  /** SONAR_ORGANIZATION; report-task.txt's `organization` wins. */
  organization?: string;
  pathPrefix?: string;
  /** WAIT_TIMEOUT: how long the analysis may take to finish. */
  waitTimeoutMs: number;
  /** TIMEOUT: what the requests themselves may take, retries included. */
  networkTimeoutMs: number;
  caFile?: string;
  env: Readonly<Record<string, string | undefined>>;
  redactor: Redactor;
  log: Logger;
  clock?: Clock;
}

export async function readLiveGate(options: LiveOptions): Promise<QualityGateReport> {
  const { target, log } = options;
  const clock = options.clock ?? systemClock;
  const task = target.kind === 'task' ? target.task : undefined;
  const url = options.hostUrl ?? task?.serverUrl;
  if (url === undefined) {
    throw new InputError('missing; set SONAR_HOST_URL to the SonarQube Server or SonarQube Cloud URL to read the analysis of SONAR_PROJECT_KEY', { source: 'SONAR_HOST_URL' });
  }
  if (!options.token?.trim()) throw new InputError(`missing; set SONAR_TOKEN to ${TOKEN_KINDS}`, { source: 'SONAR_TOKEN' });
  const organization = task?.organization ?? options.organization;
  const connection = await connect({
    url,
    token: options.token,
    ...(organization !== undefined && { organization }),
    ...(task?.serverVersion !== undefined && { version: task.serverVersion }),
    redactor: options.redactor,
    env: options.env,
    ...(options.caFile !== undefined && { caFile: options.caFile }),
    log,
    // Real time, whatever clock paces the polls: it bounds the requests, and the wait sits inside it.
    deadline: Date.now() + options.waitTimeoutMs + options.networkTimeoutMs,
  });
  log.debug(`SonarQube: ${serverLabel(connection.server)} at ${connection.server.url}`);

  if (target.kind === 'project') {
    const scope = { projectKey: target.projectKey, ref: target.ref };
    log.info(`reading the latest SonarQube analysis of ${describe(scope)}`);
    return finish(await readResults({ ...connection, scope, gate: scope, ...prefix(options), log }), connection, scope);
  }

  const ceTask = await waitForTask({
    http: connection.http,
    url: taskUrl(target.task, connection.server.url),
    taskId: target.task.ceTaskId,
    timeoutMs: options.waitTimeoutMs,
    clock,
    progress: waitProgress(log, `SonarQube analysis ${target.task.ceTaskId}`),
  });
  const scope = scopeOf(ceTask, target.task);
  const dashboard = target.task.dashboardUrl;
  if (ceTask.status !== 'SUCCESS' || ceTask.analysisId === undefined) return finish(failedAnalysis(ceTask, log), connection, scope, dashboard);
  // On Cloud the task names the organization when neither report-task.txt nor SONAR_ORGANIZATION did.
  const { server } = connection;
  const known = server.cloud && server.organization === undefined && ceTask.organization !== undefined ? { ...connection, server: { ...server, organization: ceTask.organization } } : connection;
  const report = await readResults({ ...known, scope, gate: { analysisId: ceTask.analysisId }, ...prefix(options), log });
  return finish(report, known, scope, dashboard);
}

/** `ceTaskUrl` when it is on the server we talk to; the same task under SONAR_HOST_URL otherwise (an internal address). */
function taskUrl(task: ReportTask, server: string): string {
  return task.ceTaskUrl.startsWith(`${server}/`) ? task.ceTaskUrl : `api/ce/task?id=${encodeURIComponent(task.ceTaskId)}`;
}

/** The CE task says which pull request or branch it analysed; report-task.txt only inside dashboardUrl. */
function scopeOf(task: CeTask, file: ReportTask): AnalysisScope {
  const projectKey = task.componentKey ?? file.projectKey;
  const pullRequest = task.pullRequest ?? file.pullRequest;
  if (pullRequest !== undefined) return { projectKey, ref: { pullRequest } };
  const branch = task.branchType === undefined || task.branchType === 'BRANCH' ? task.branch : undefined;
  return { projectKey, ref: branch === undefined ? {} : { branch } };
}

/** No gate to read: the report says why, and fails as a failed gate does. */
function failedAnalysis(task: CeTask, log: Logger): QualityGateReport {
  const outcome = task.status === 'CANCELED' ? 'was canceled' : 'failed';
  const why = task.errorMessage?.trim() || 'SonarQube gave no reason';
  const analysisFailure = `the SonarQube analysis ${outcome}: ${why}`;
  log.error(`SonarQube analysis ${task.id} ${outcome}: ${why}`);
  return {
    kind: 'quality-gate',
    format: 'sonarqube-ce-task',
    tool: TOOL_NAME,
    verdict: 'fail',
    status: task.status,
    conditions: [],
    ignoredConditions: false,
    findings: [],
    analysisFailure,
  };
}

function finish(report: QualityGateReport, { server }: Connection, scope: AnalysisScope, dashboard?: string): QualityGateReport {
  return { ...report, projectKey: scope.projectKey, dashboardUrl: dashboard ?? dashboardUrl(server.url, scope.projectKey, scope.ref) };
}

function prefix(options: LiveOptions): { pathPrefix?: string } {
  return options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix };
}

function describe({ projectKey, ref }: AnalysisScope): string {
  if (ref.pullRequest !== undefined) return `${projectKey}, pull request ${ref.pullRequest}`;
  return ref.branch === undefined ? `${projectKey}, main branch` : `${projectKey}, branch ${ref.branch}`;
}
