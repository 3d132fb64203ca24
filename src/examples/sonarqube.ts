/**
 * The built-in example behind `--example`: a SonarQube 10.x pull-request analysis whose gate
 * fails, with its issues and the scanner's report-task.txt. Written to the documented shapes of
 * `api/qualitygates/project_status`, `api/issues/search` and report-task.txt; it runs through the
 * same parsers as a real report, so the example can never show something the product can't do.
 */
export const EXAMPLE_REPORT_PATH = '(built-in example: SonarQube quality gate)';

export const EXAMPLE_PROJECT_STATUS = JSON.stringify({
  projectStatus: {
    status: 'ERROR',
    ignoredConditions: false,
    caycStatus: 'compliant',
    conditions: [
      { status: 'OK', metricKey: 'new_reliability_rating', comparator: 'GT', errorThreshold: '1', actualValue: '1' },
      { status: 'ERROR', metricKey: 'new_security_rating', comparator: 'GT', errorThreshold: '1', actualValue: '3' },
      { status: 'OK', metricKey: 'new_maintainability_rating', comparator: 'GT', errorThreshold: '1', actualValue: '1' },
      { status: 'ERROR', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '71.28205128205128' },
      { status: 'OK', metricKey: 'new_duplicated_lines_density', comparator: 'GT', errorThreshold: '3', actualValue: '1.2' },
      { status: 'OK', metricKey: 'new_security_hotspots_reviewed', comparator: 'LT', errorThreshold: '100', actualValue: '100.0' },
    ],
  },
});

export const EXAMPLE_ISSUES_PATH = '(built-in example: SonarQube issues)';

const issue = (key: string, path: string, line: number, rule: string, message: string, quality: string, severity: string) => ({
  key,
  rule,
  component: `acme:checkout-service:${path}`,
  project: 'acme:checkout-service',
  line,
  textRange: { startLine: line, endLine: line, startOffset: 0, endOffset: 20 },
  message,
  impacts: [{ softwareQuality: quality, severity }],
  issueStatus: 'OPEN',
  tags: [],
});

export const EXAMPLE_ISSUES = JSON.stringify({
  paging: { pageIndex: 1, pageSize: 100, total: 4 },
  issues: [
    issue('AZ1-example-0001', 'src/payments/refund.ts', 42, 'typescript:S2068', 'Review this potentially hard-coded password.', 'SECURITY', 'HIGH'),
    issue('AZ1-example-0002', 'src/payments/refund.ts', 88, 'typescript:S4423', 'Use a stronger TLS protocol version.', 'SECURITY', 'MEDIUM'),
    issue('AZ1-example-0003', 'src/cart/total.ts', 17, 'typescript:S1854', 'Remove this useless assignment to variable "discount".', 'MAINTAINABILITY', 'LOW'),
    issue('AZ1-example-0004', 'src/cart/total.ts', 63, 'typescript:S3776', 'Refactor this function to reduce its Cognitive Complexity from 21 to the 15 allowed.', 'MAINTAINABILITY', 'HIGH'),
  ],
  components: [
    { key: 'acme:checkout-service:src/payments/refund.ts', qualifier: 'FIL', path: 'src/payments/refund.ts' },
    { key: 'acme:checkout-service:src/cart/total.ts', qualifier: 'FIL', path: 'src/cart/total.ts' },
  ],
});

export const EXAMPLE_REPORT_TASK = [
  'projectKey=acme:checkout-service',
  'serverUrl=https://sonarqube.example.com',
  'serverVersion=10.6.0.92116',
  'dashboardUrl=https://sonarqube.example.com/dashboard?id=acme%3Acheckout-service&pullRequest=128',
  'ceTaskId=AYhSC2-example',
  'ceTaskUrl=https://sonarqube.example.com/api/ce/task?id=AYhSC2-example',
  '',
].join('\n');
