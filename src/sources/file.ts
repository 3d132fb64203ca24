/**
 * The report as a file: REPORT parsed in its format, findings from ISSUES added, and — for a
 * SonarQube gate — the dashboard and issue links from the scanner's report-task.txt.
 */
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { REPORT_FORMATS } from '../reports/formats.js';
import type { Finding } from '../reports/model.js';
import { parseReport, readDocument } from '../reports/read.js';
import { readSonarIssues } from '../reports/sonarqube/issues.js';
import { findReportTask, readReportTask, withSonarContext } from '../reports/sonarqube/report-task.js';
import type { Source } from './source.js';

export const fileSource: Source = {
  name: 'file',
  wants: (settings) => settings.report !== undefined,
  async load(settings, { cwd, workdir, log }) {
    const path = settings.report!;
    let report = parseReport(readDocument(path, resolve(cwd, path)), REPORT_FORMATS, settings.reportType);
    log.debug(`${path}: read as ${report.format}`);

    if (settings.issues) {
      if (report.kind !== 'quality-gate') {
        throw new InputError(`annotations from ISSUES need a quality-gate report, but ${path} is a ${report.kind} report`, { source: 'ISSUES' });
      }
      const issues = readDocument(settings.issues, resolve(cwd, settings.issues), 'ISSUES');
      const read = readSonarIssues(issues.text, issues.path, issues.json);
      const findings = mergeFindings(report.findings, read.findings);
      // A saved first page stands for more issues than it holds (paging.total).
      const unseen = read.total - read.findings.length;
      report = {
        ...report,
        findings,
        ...(unseen > 0 && { findingsTotal: findings.length + unseen }),
        ...(read.resolved > 0 && { resolvedIssues: read.resolved }),
      };
    }

    if (report.kind === 'quality-gate' && report.format === 'sonarqube-project-status') {
      const taskPath = findReportTask(workdir);
      if (taskPath) {
        log.debug(`SonarQube scanner metadata: ${taskPath}`);
        report = withSonarContext(report, readReportTask(taskPath, 'REPORT_TASK'));
      }
    }
    return report;
  },
};

/** A finding given twice (report and ISSUES) is annotated once. */
function mergeFindings(a: Finding[], b: Finding[]): Finding[] {
  const seen = new Set(a.map((f) => f.id));
  return [...a, ...b.filter((f) => !seen.has(f.id))];
}
