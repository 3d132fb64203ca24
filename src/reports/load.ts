/**
 * The report as the renderers need it: the REPORT file parsed in its format, findings from ISSUES
 * added, and — for SonarQube — the dashboard and issue links from the scanner's report-task.txt.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { EXAMPLE_ISSUES, EXAMPLE_ISSUES_PATH, EXAMPLE_PROJECT_STATUS, EXAMPLE_REPORT_PATH, EXAMPLE_REPORT_TASK } from '../examples/sonarqube.js';
import type { Logger } from '../core/logger.js';
import type { Settings } from '../settings/settings.js';
import type { ReportSource } from './format.js';
import { REPORT_FORMATS } from './formats.js';
import type { Finding, Report } from './model.js';
import { parseReport, readSource } from './read.js';
import { parseSonarIssues } from './sonarqube/issues.js';
import { findReportTask, parseReportTask, withSonarContext } from './sonarqube/report-task.js';

export interface LoadContext {
  cwd: string;
  /** Where the scanner's report-task.txt is looked for (the clone directory). */
  workdir: string;
  example: boolean;
  log: Logger;
}

export async function loadReport(settings: Settings, ctx: LoadContext): Promise<Report> {
  if (ctx.example) return loadExample();
  if (!settings.report) {
    throw new InputError('missing; set REPORT (pipe or environment variable), the `report` input, or `--report <file>` (try `--example` for a demo)', {
      source: 'REPORT',
    });
  }
  const source = await readSource(settings.report, resolve(ctx.cwd, settings.report));
  let report = parseReport(source, REPORT_FORMATS, settings.reportType);
  ctx.log.debug(`${settings.report}: read as ${report.format}`);

  if (settings.issues) {
    if (report.kind !== 'quality-gate') {
      throw new InputError(`annotations from ISSUES need a quality-gate report, but ${settings.report} is a ${report.kind} report`, { source: 'ISSUES' });
    }
    const issues = await readSource(settings.issues, resolve(ctx.cwd, settings.issues), 'ISSUES');
    report = { ...report, findings: mergeFindings(report.findings, parseSonarIssues(issues.text, issues.path)) };
  }

  if (report.kind === 'quality-gate' && report.format === 'sonarqube-project-status') {
    const taskPath = findReportTask(ctx.workdir);
    if (taskPath) {
      ctx.log.debug(`SonarQube scanner metadata: ${taskPath}`);
      report = withSonarContext(report, parseReportTask(await readFile(taskPath, 'utf8'), taskPath));
    }
  }
  return report;
}

function loadExample(): Report {
  const source: ReportSource = { path: EXAMPLE_REPORT_PATH, text: EXAMPLE_PROJECT_STATUS, json: JSON.parse(EXAMPLE_PROJECT_STATUS) };
  const report = parseReport(source, REPORT_FORMATS, 'quality-gate');
  if (report.kind !== 'quality-gate') return report;
  const withIssues = { ...report, findings: parseSonarIssues(EXAMPLE_ISSUES, EXAMPLE_ISSUES_PATH) };
  return withSonarContext(withIssues, parseReportTask(EXAMPLE_REPORT_TASK, '(built-in example: report-task.txt)'));
}

/** A finding given twice (report and ISSUES) is annotated once. */
function mergeFindings(a: Finding[], b: Finding[]): Finding[] {
  const seen = new Set(a.map((f) => f.id));
  return [...a, ...b.filter((f) => !seen.has(f.id))];
}
