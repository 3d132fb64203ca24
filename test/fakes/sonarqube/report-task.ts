/**
 * report-task.txt as the scanner writes it (input-formats.md §1.1, `ReportPublisher`): `key=value`
 * lines, `\n` endings, in the scanner's order. Current scanners write no `pullRequest=` line and no
 * `branch=` line: both only show in `dashboardUrl`'s query.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ReportTaskFields {
  readonly projectKey: string;
  /** Public root URL, without a trailing slash (one is dropped). */
  readonly serverUrl: string;
  readonly serverVersion: string;
  readonly ceTaskId: string;
  /** SonarCloud: written first when `sonar.organization` is set. */
  readonly organization?: string;
  readonly branch?: string;
  readonly pullRequest?: string;
  /** Scanners of the 7.x era with the deprecated `sonar.branch` also wrote a `branch=` line. */
  readonly legacyBranchLine?: boolean;
}

export function reportTaskTxt(fields: ReportTaskFields): string {
  const serverUrl = fields.serverUrl.replace(/\/+$/, '');
  let dashboardUrl = `${serverUrl}/dashboard?id=${encodeURIComponent(fields.projectKey)}`;
  if (fields.pullRequest !== undefined) dashboardUrl += `&pullRequest=${encodeURIComponent(fields.pullRequest)}`;
  else if (fields.branch !== undefined) dashboardUrl += `&branch=${encodeURIComponent(fields.branch)}`;
  const lines: Array<[string, string | undefined]> = [
    ['organization', fields.organization],
    ['projectKey', fields.projectKey],
    ['serverUrl', serverUrl],
    ['serverVersion', fields.serverVersion],
    ['branch', fields.legacyBranchLine ? fields.branch : undefined],
    ['dashboardUrl', dashboardUrl],
    ['ceTaskId', fields.ceTaskId],
    ['ceTaskUrl', `${serverUrl}/api/ce/task?id=${fields.ceTaskId}`],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([key, value]) => `${key}=${value}\n`)
    .join('');
}

/** The CLI scanner's location by default; Maven, Gradle and .NET use others (§0). Returns the path written. */
export async function writeReportTask(dir: string, fields: ReportTaskFields, location = '.scannerwork/report-task.txt'): Promise<string> {
  const file = path.join(dir, location);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, reportTaskTxt(fields), 'utf8');
  return file;
}
