/**
 * Display name and value type of SonarQube metrics, so a gate condition reads the way SonarQube's
 * own UI shows it ("Coverage on New Code", a rating as a letter) without a call to
 * `api/metrics/search`, which analysis tokens usually may not make.
 */
import type { MetricType } from '../model.js';

export interface MetricInfo {
  name: string;
  type: MetricType;
}

type Entry = readonly [key: string, name: string, type: MetricType];

/** Metrics that exist both overall and on new code: [overall key, new-code key, overall name, new-code name, type]. */
const PAIRS: readonly (readonly [string, string, string, string, MetricType])[] = [
  ['coverage', 'new_coverage', 'Coverage', 'Coverage on New Code', 'PERCENT'],
  ['line_coverage', 'new_line_coverage', 'Line Coverage', 'Line Coverage on New Code', 'PERCENT'],
  ['branch_coverage', 'new_branch_coverage', 'Condition Coverage', 'Condition Coverage on New Code', 'PERCENT'],
  ['duplicated_lines_density', 'new_duplicated_lines_density', 'Duplicated Lines (%)', 'Duplicated Lines (%) on New Code', 'PERCENT'],
  ['violations', 'new_violations', 'Issues', 'New Issues', 'INT'],
  ['accepted_issues', 'new_accepted_issues', 'Accepted Issues', 'New Accepted Issues', 'INT'],
  ['blocker_violations', 'new_blocker_violations', 'Blocker Issues', 'New Blocker Issues', 'INT'],
  ['critical_violations', 'new_critical_violations', 'Critical Issues', 'New Critical Issues', 'INT'],
  ['major_violations', 'new_major_violations', 'Major Issues', 'New Major Issues', 'INT'],
  ['minor_violations', 'new_minor_violations', 'Minor Issues', 'New Minor Issues', 'INT'],
  ['info_violations', 'new_info_violations', 'Info Issues', 'New Info Issues', 'INT'],
  ['bugs', 'new_bugs', 'Bugs', 'New Bugs', 'INT'],
  ['vulnerabilities', 'new_vulnerabilities', 'Vulnerabilities', 'New Vulnerabilities', 'INT'],
  ['code_smells', 'new_code_smells', 'Code Smells', 'New Code Smells', 'INT'],
  ['security_hotspots', 'new_security_hotspots', 'Security Hotspots', 'New Security Hotspots', 'INT'],
  ['security_hotspots_reviewed', 'new_security_hotspots_reviewed', 'Security Hotspots Reviewed', 'Security Hotspots Reviewed on New Code', 'PERCENT'],
  ['reliability_rating', 'new_reliability_rating', 'Reliability Rating', 'Reliability Rating on New Code', 'RATING'],
  ['security_rating', 'new_security_rating', 'Security Rating', 'Security Rating on New Code', 'RATING'],
  ['sqale_rating', 'new_maintainability_rating', 'Maintainability Rating', 'Maintainability Rating on New Code', 'RATING'],
  ['security_review_rating', 'new_security_review_rating', 'Security Review Rating', 'Security Review Rating on New Code', 'RATING'],
  ['sqale_debt_ratio', 'new_sqale_debt_ratio', 'Technical Debt Ratio', 'Technical Debt Ratio on New Code', 'PERCENT'],
  ['sqale_index', 'new_technical_debt', 'Technical Debt', 'Added Technical Debt', 'WORK_DUR'],
];

const SINGLES: readonly Entry[] = [
  ['alert_status', 'Quality Gate Status', 'LEVEL'],
  ['new_lines_to_cover', 'Lines to Cover on New Code', 'INT'],
  ['new_uncovered_lines', 'Uncovered Lines on New Code', 'INT'],
  ['new_duplicated_lines', 'Duplicated Lines on New Code', 'INT'],
  ['new_duplicated_blocks', 'Duplicated Blocks on New Code', 'INT'],
  // MQR mode ("Multi-Quality Rule") metrics, SonarQube 10.x / 2025.x.
  ['new_software_quality_reliability_rating', 'Reliability Rating on New Code', 'RATING'],
  ['new_software_quality_security_rating', 'Security Rating on New Code', 'RATING'],
  ['new_software_quality_maintainability_rating', 'Maintainability Rating on New Code', 'RATING'],
  ['new_software_quality_reliability_issues', 'New Reliability Issues', 'INT'],
  ['new_software_quality_security_issues', 'New Security Issues', 'INT'],
  ['new_software_quality_maintainability_issues', 'New Maintainability Issues', 'INT'],
  ['new_software_quality_blocker_issues', 'New Blocker Severity Issues', 'INT'],
  ['new_software_quality_high_issues', 'New High Severity Issues', 'INT'],
  ['new_software_quality_medium_issues', 'New Medium Severity Issues', 'INT'],
  ['new_software_quality_low_issues', 'New Low Severity Issues', 'INT'],
  ['new_software_quality_info_issues', 'New Info Severity Issues', 'INT'],
  ['new_software_quality_maintainability_debt_ratio', 'Technical Debt Ratio on New Code', 'PERCENT'],
  // Stored as INT by the server but encode a severity level (5/10/15/20/25), so they need their own display.
  ['new_bugs_severity', 'Bug Severity on New Code', 'SEVERITY'],
  ['new_vulnerabilities_severity', 'Vulnerability Severity on New Code', 'SEVERITY'],
  ['new_code_smells_severity', 'Code Smell Severity on New Code', 'SEVERITY'],
  ['new_software_quality_reliability_severity', 'Reliability Severity on New Code', 'SEVERITY'],
  ['new_software_quality_security_severity', 'Security Severity on New Code', 'SEVERITY'],
  ['new_software_quality_maintainability_severity', 'Maintainability Severity on New Code', 'SEVERITY'],
  ['ncloc', 'Lines of Code', 'INT'],
  ['new_lines', 'New Lines', 'INT'],
  ['reopened_issues', 'Reopened Issues', 'INT'],
  ['open_issues', 'Open Issues', 'INT'],
  ['skipped_tests', 'Skipped Unit Tests', 'INT'],
];

export const KNOWN_METRICS: ReadonlyMap<string, MetricInfo> = new Map<string, MetricInfo>([
  ...PAIRS.flatMap(([key, newKey, name, newName, type]) => [
    [key, { name, type }] as const,
    [newKey, { name: newName, type }] as const,
  ]),
  ...SINGLES.map(([key, name, type]) => [key, { name, type }] as const),
]);

/**
 * Name and type of `key`. Unknown (plugin or custom) metrics get a humanised key and a type
 * guessed from the key, then from the values the gate reported (threshold, actual).
 */
export function metricInfo(key: string, values: readonly (string | undefined)[] = []): MetricInfo {
  return KNOWN_METRICS.get(key) ?? { name: humanise(key), type: guessType(key, values) };
}

export function isNewCodeMetric(key: string): boolean {
  return key.startsWith('new_');
}

/** `new_foo_bar` → "Foo Bar on New Code", following SonarQube's own naming of new-code metrics. */
export function humanise(key: string): string {
  const isNew = isNewCodeMetric(key);
  const words = (isNew ? key.slice('new_'.length) : key).split(/[_\s]+/).filter(Boolean);
  if (words.length === 0) return key;
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return isNew ? `${name} on New Code` : name;
}

function guessType(key: string, values: readonly (string | undefined)[]): MetricType {
  const k = key.toLowerCase();
  if (k.endsWith('_rating')) return 'RATING';
  if (k.includes('coverage') || k.includes('density') || k.includes('ratio')) return 'PERCENT';
  // Newer severity-encoded gate metrics (SCA and others) share the `_severity` naming.
  if (k.includes('_severity')) return 'SEVERITY';
  const present = values.filter((v): v is string => v !== undefined && v.trim() !== '');
  if (present.some((v) => !Number.isFinite(Number(v)))) return 'STRING';
  return present.some((v) => !Number.isInteger(Number(v))) ? 'FLOAT' : 'INT';
}
