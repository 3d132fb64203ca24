/** `--example`: a built-in failing SonarQube gate with issues, so the first run needs no server and no file. */
import { EXAMPLE_ISSUES, EXAMPLE_ISSUES_PATH, EXAMPLE_PROJECT_STATUS, EXAMPLE_REPORT_PATH, EXAMPLE_REPORT_TASK } from '../examples/sonarqube.js';
import type { ReportDocument } from '../reports/format.js';
import { REPORT_FORMATS } from '../reports/formats.js';
import { parseReport } from '../reports/read.js';
import { parseSonarIssues } from '../reports/sonarqube/issues.js';
import { parseReportTask, withSonarContext } from '../reports/sonarqube/report-task.js';
import type { Source } from './source.js';

export const exampleSource: Source = {
  name: 'example',
  wants: (_settings, context) => context.example,
  async load() {
    const document: ReportDocument = { path: EXAMPLE_REPORT_PATH, text: EXAMPLE_PROJECT_STATUS, json: JSON.parse(EXAMPLE_PROJECT_STATUS) };
    const report = parseReport(document, REPORT_FORMATS, 'quality-gate');
    if (report.kind !== 'quality-gate') return report;
    const withIssues = { ...report, findings: parseSonarIssues(EXAMPLE_ISSUES, EXAMPLE_ISSUES_PATH) };
    return withSonarContext(withIssues, parseReportTask(EXAMPLE_REPORT_TASK, '(built-in example: report-task.txt)'));
  },
};
