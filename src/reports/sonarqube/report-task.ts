/**
 * The scanner's `report-task.txt`: where the analysis went (server, project, pull request). The
 * gate response itself names none of these, so this file is what turns a bare gate into one with
 * a dashboard link and clickable annotations.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { MAX_REPORT_TASK_BYTES, readBoundedFile } from '../../core/files.js';
import type { QualityGateReport } from '../model.js';

export interface ReportTask {
  projectKey: string;
  /** Public root URL of the server, without a trailing slash. */
  serverUrl: string;
  dashboardUrl: string;
  ceTaskId: string;
  ceTaskUrl: string;
  /** SonarCloud only. */
  organization?: string;
  serverVersion?: string;
  /** Only found in `dashboardUrl`'s query: scanners write no `pullRequest=` line. */
  pullRequest?: string;
}

const REQUIRED = ['projectKey', 'serverUrl', 'dashboardUrl', 'ceTaskId', 'ceTaskUrl'] as const;
const URL_KEYS = ['serverUrl', 'dashboardUrl', 'ceTaskUrl'] as const;

/** Where each scanner writes the file, relative to the directory it ran in (CLI, Maven, Gradle, .NET). */
export const REPORT_TASK_LOCATIONS: readonly string[] = [
  '.scannerwork/report-task.txt',
  'target/sonar/report-task.txt',
  'build/sonar/report-task.txt',
  '.sonarqube/out/.sonar/report-task.txt',
];

/** The scanner's report-task.txt at `path`, read like every file we read, and parsed. */
export function readReportTask(path: string, setting: string, display: string = path): ReportTask {
  return parseReportTask(readBoundedFile(path, { setting, display, what: REPORT_TASK_WHAT, maxBytes: MAX_REPORT_TASK_BYTES }), display);
}

export const REPORT_TASK_WHAT = "a scanner's report-task.txt";

export function parseReportTask(text: string, path: string): ReportTask {
  const values = new Map<string, { value: string; line: number }>();
  for (const [i, raw] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    if (raw.trim() === '') continue;
    // Split on the first `=` only: URL values contain more.
    const eq = raw.indexOf('=');
    if (eq <= 0) {
      throw new InputError(`expected a key=value line, got ${JSON.stringify(raw)}`, { source: path, pointer: `line ${i + 1}` });
    }
    values.set(raw.slice(0, eq).trim(), { value: raw.slice(eq + 1), line: i + 1 });
  }

  const missing = REQUIRED.filter((key) => !values.get(key)?.value);
  if (missing.length > 0) {
    throw new InputError(
      `missing ${missing.map((k) => `"${k}"`).join(', ')}; expected the report-task.txt a SonarQube scanner writes (${REQUIRED.join(', ')})`,
      { source: path },
    );
  }
  for (const key of URL_KEYS) {
    const { value, line } = values.get(key)!;
    if (!isHttpUrl(value)) {
      throw new InputError(`expected "${key}" to be an http(s) URL, got ${JSON.stringify(value)}`, { source: path, pointer: `line ${line}` });
    }
  }

  const get = (key: string): string | undefined => values.get(key)?.value || undefined;
  const dashboardUrl = get('dashboardUrl')!;
  const pullRequest = new URL(dashboardUrl).searchParams.get('pullRequest') || undefined;
  const organization = get('organization');
  const serverVersion = get('serverVersion');
  return {
    projectKey: get('projectKey')!,
    serverUrl: get('serverUrl')!.replace(/\/+$/, ''),
    dashboardUrl,
    ceTaskId: get('ceTaskId')!,
    ceTaskUrl: get('ceTaskUrl')!,
    ...(organization !== undefined && { organization }),
    ...(serverVersion !== undefined && { serverVersion }),
    ...(pullRequest !== undefined && { pullRequest }),
  };
}

/** The first standard scanner location under `dir` that holds the file, or `undefined`. */
export function findReportTask(dir: string): string | undefined {
  return REPORT_TASK_LOCATIONS.map((rel) => join(dir, rel)).find((p) => existsSync(p) && statSync(p).isFile());
}

/**
 * `{server}/project/issues?id=…&open=…[&pullRequest=…]`. Given a task, its pull request is used
 * unless one is passed: an issue of a PR analysis only opens in that PR's view.
 */
export function issueLink(taskOrServer: ReportTask | string, projectKey: string, issueKey: string, pullRequest?: string): string {
  const server = (typeof taskOrServer === 'string' ? taskOrServer : taskOrServer.serverUrl).replace(/\/+$/, '');
  const pr = pullRequest ?? (typeof taskOrServer === 'string' ? undefined : taskOrServer.pullRequest);
  const query = `id=${encodeURIComponent(projectKey)}&open=${encodeURIComponent(issueKey)}`;
  return `${server}/project/issues?${query}${pr === undefined ? '' : `&pullRequest=${encodeURIComponent(pr)}`}`;
}

/** Fills what the gate response cannot know (dashboard, project, issue links); keeps what is set. */
export function withSonarContext(report: QualityGateReport, task: ReportTask): QualityGateReport {
  return {
    ...report,
    projectKey: report.projectKey ?? task.projectKey,
    dashboardUrl: report.dashboardUrl ?? task.dashboardUrl,
    findings: report.findings.map((f) => (f.link ? f : { ...f, link: issueLink(task, task.projectKey, f.id) })),
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
