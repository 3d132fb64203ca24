import { describe, expect, it } from '@jest/globals';
import { humanise, KNOWN_METRICS, metricInfo } from '../../../src/reports/sonarqube/metrics.js';

/** Every key of the metric reference table, by type. */
const REFERENCE: Record<string, string[]> = {
  LEVEL: ['alert_status'],
  PERCENT: [
    'coverage', 'new_coverage', 'line_coverage', 'new_line_coverage', 'branch_coverage', 'new_branch_coverage',
    'duplicated_lines_density', 'new_duplicated_lines_density', 'security_hotspots_reviewed', 'new_security_hotspots_reviewed',
    'sqale_debt_ratio', 'new_sqale_debt_ratio', 'new_software_quality_maintainability_debt_ratio',
  ],
  RATING: [
    'reliability_rating', 'new_reliability_rating', 'security_rating', 'new_security_rating', 'sqale_rating',
    'new_maintainability_rating', 'security_review_rating', 'new_security_review_rating',
    'new_software_quality_reliability_rating', 'new_software_quality_security_rating', 'new_software_quality_maintainability_rating',
  ],
  WORK_DUR: ['sqale_index', 'new_technical_debt'],
  SEVERITY: [
    'new_bugs_severity', 'new_vulnerabilities_severity', 'new_code_smells_severity',
    'new_software_quality_reliability_severity', 'new_software_quality_security_severity', 'new_software_quality_maintainability_severity',
  ],
  INT: [
    'new_lines_to_cover', 'new_uncovered_lines', 'new_duplicated_lines', 'new_duplicated_blocks', 'violations', 'new_violations',
    'accepted_issues', 'new_accepted_issues',
    ...['blocker', 'critical', 'major', 'minor', 'info'].flatMap((s) => [`${s}_violations`, `new_${s}_violations`]),
    'bugs', 'new_bugs', 'vulnerabilities', 'new_vulnerabilities', 'code_smells', 'new_code_smells', 'security_hotspots', 'new_security_hotspots',
    'new_software_quality_reliability_issues', 'new_software_quality_security_issues', 'new_software_quality_maintainability_issues',
    ...['blocker', 'high', 'medium', 'low', 'info'].map((s) => `new_software_quality_${s}_issues`),
    'ncloc', 'new_lines', 'reopened_issues', 'open_issues', 'skipped_tests',
  ],
};

describe('metric table', () => {
  it.each(Object.entries(REFERENCE).flatMap(([type, keys]) => keys.map((key) => [key, type])))('knows %s as %s', (key, type) => {
    expect(KNOWN_METRICS.get(key)?.type).toBe(type);
  });

  it.each([
    ['new_coverage', 'Coverage on New Code'],
    ['new_branch_coverage', 'Condition Coverage on New Code'],
    ['new_duplicated_lines_density', 'Duplicated Lines (%) on New Code'],
    ['new_violations', 'New Issues'],
    ['new_maintainability_rating', 'Maintainability Rating on New Code'],
    ['sqale_rating', 'Maintainability Rating'],
    ['new_technical_debt', 'Added Technical Debt'],
    ['sqale_index', 'Technical Debt'],
    ['new_software_quality_high_issues', 'New High Severity Issues'],
    ['skipped_tests', 'Skipped Unit Tests'],
    ['alert_status', 'Quality Gate Status'],
  ])('names %s "%s"', (key, name) => {
    expect(metricInfo(key).name).toBe(name);
  });
});

describe('unknown metrics', () => {
  it('humanise the key the way SonarQube names new-code metrics', () => {
    expect(humanise('custom_response_time')).toBe('Custom Response Time');
    expect(humanise('new_custom_response_time')).toBe('Custom Response Time on New Code');
    expect(humanise('new_')).toBe('new_');
  });

  it.each([
    ['new_custom_rating', [], 'RATING'],
    ['plugin_coverage_total', [], 'PERCENT'],
    ['comment_lines_density', ['12'], 'PERCENT'],
    ['custom_debt_ratio', [], 'PERCENT'],
    ['new_sca_severity_any_issue', ['9', '10'], 'SEVERITY'],
    ['custom_count', ['3', '0'], 'INT'],
    ['custom_count', ['3', '1.0'], 'INT'],
    ['custom_time', ['250', '187.5'], 'FLOAT'],
    ['custom_state', ['OK', 'ERROR'], 'STRING'],
    ['custom_missing', [undefined, undefined], 'INT'],
  ] as const)('guess %s with values %j is %s', (key, values, type) => {
    expect(metricInfo(key, values).type).toBe(type);
  });
});
