/**
 * The metrics the fake knows, with the names and types of input-formats.md §1.7. A
 * `measures/component` request naming any other key fails as a whole with 404 (§1.5), which is the
 * trap of asking a 9.9 server for a metric only recent versions have.
 */
import type { SonarProfile } from './profile.js';

export type MetricType = 'INT' | 'FLOAT' | 'PERCENT' | 'RATING' | 'WORK_DUR' | 'LEVEL';

export interface MetricDefinition {
  readonly key: string;
  readonly name: string;
  readonly type: MetricType;
  /** Direction from §1.7's "worse when"; absent for metrics without one (ncloc, alert_status). */
  readonly higherValuesAreBetter?: boolean;
  /** First Server version that has it; Cloud has every metric listed. */
  readonly since?: string;
}

const worseWhenLower = { higherValuesAreBetter: true } as const;
const worseWhenHigher = { higherValuesAreBetter: false } as const;

const pair = (key: string, name: string, type: MetricType, direction: { higherValuesAreBetter: boolean }, since?: string): MetricDefinition[] => [
  { key: `new_${key}`, name: `${name} on New Code`, type, ...direction, ...(since ? { since } : {}) },
  { key, name, type, ...direction, ...(since ? { since } : {}) },
];

const SEVERITIES = ['blocker', 'critical', 'major', 'minor', 'info'] as const;
const QUALITIES = ['reliability', 'security', 'maintainability'] as const;
const IMPACT_LEVELS = ['blocker', 'high', 'medium', 'low', 'info'] as const;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * §1.7's table. Versions: the 10.6 changelog of `measures/component` dates the accepted-issues and
 * `*_issues` families (10.4, 10.5). §1.5 only says `new_accepted_issues`, `pull_request_fixed_issues`
 * and `new_software_quality_*` "only exist on recent 10.x/2025.x servers": they are assumed to come
 * with 10.4 and 2025.1 respectively — pass `metrics` to the fake where a test depends on it.
 */
export const METRICS: readonly MetricDefinition[] = [
  { key: 'alert_status', name: 'Quality Gate Status', type: 'LEVEL' },
  ...pair('coverage', 'Coverage', 'PERCENT', worseWhenLower),
  ...pair('line_coverage', 'Line Coverage', 'PERCENT', worseWhenLower),
  ...pair('branch_coverage', 'Condition Coverage', 'PERCENT', worseWhenLower),
  { key: 'new_lines_to_cover', name: 'Lines to Cover on New Code', type: 'INT', ...worseWhenHigher },
  { key: 'new_uncovered_lines', name: 'Uncovered Lines on New Code', type: 'INT', ...worseWhenHigher },
  { key: 'new_duplicated_lines_density', name: 'Duplicated Lines (%) on New Code', type: 'PERCENT', ...worseWhenHigher },
  { key: 'duplicated_lines_density', name: 'Duplicated Lines (%)', type: 'PERCENT', ...worseWhenHigher },
  { key: 'new_duplicated_lines', name: 'Duplicated Lines on New Code', type: 'INT', ...worseWhenHigher },
  { key: 'new_duplicated_blocks', name: 'Duplicated Blocks on New Code', type: 'INT', ...worseWhenHigher },
  { key: 'new_violations', name: 'New Issues', type: 'INT', ...worseWhenHigher },
  { key: 'violations', name: 'Issues', type: 'INT', ...worseWhenHigher },
  { key: 'new_accepted_issues', name: 'New Accepted Issues', type: 'INT', ...worseWhenHigher, since: '10.4' },
  { key: 'accepted_issues', name: 'Accepted Issues', type: 'INT', ...worseWhenHigher, since: '10.4' },
  { key: 'pull_request_fixed_issues', name: 'Fixed Issues', type: 'INT', ...worseWhenLower, since: '10.4' },
  ...SEVERITIES.flatMap((s) => [
    { key: `new_${s}_violations`, name: `New ${cap(s)} Issues`, type: 'INT' as const, ...worseWhenHigher },
    { key: `${s}_violations`, name: `${cap(s)} Issues`, type: 'INT' as const, ...worseWhenHigher },
  ]),
  { key: 'new_bugs', name: 'New Bugs', type: 'INT', ...worseWhenHigher },
  { key: 'bugs', name: 'Bugs', type: 'INT', ...worseWhenHigher },
  { key: 'new_vulnerabilities', name: 'New Vulnerabilities', type: 'INT', ...worseWhenHigher },
  { key: 'vulnerabilities', name: 'Vulnerabilities', type: 'INT', ...worseWhenHigher },
  { key: 'new_code_smells', name: 'New Code Smells', type: 'INT', ...worseWhenHigher },
  { key: 'code_smells', name: 'Code Smells', type: 'INT', ...worseWhenHigher },
  { key: 'new_security_hotspots', name: 'New Security Hotspots', type: 'INT', ...worseWhenHigher },
  { key: 'security_hotspots', name: 'Security Hotspots', type: 'INT', ...worseWhenHigher },
  ...pair('security_hotspots_reviewed', 'Security Hotspots Reviewed', 'PERCENT', worseWhenLower),
  ...pair('reliability_rating', 'Reliability Rating', 'RATING', worseWhenHigher),
  ...pair('security_rating', 'Security Rating', 'RATING', worseWhenHigher),
  { key: 'new_maintainability_rating', name: 'Maintainability Rating on New Code', type: 'RATING', ...worseWhenHigher },
  { key: 'sqale_rating', name: 'Maintainability Rating', type: 'RATING', ...worseWhenHigher },
  ...pair('security_review_rating', 'Security Review Rating', 'RATING', worseWhenHigher),
  ...pair('sqale_debt_ratio', 'Technical Debt Ratio', 'PERCENT', worseWhenHigher),
  { key: 'new_technical_debt', name: 'Added Technical Debt', type: 'WORK_DUR', ...worseWhenHigher },
  { key: 'sqale_index', name: 'Technical Debt', type: 'WORK_DUR', ...worseWhenHigher },
  ...QUALITIES.map((q) => ({ key: `${q}_issues`, name: `${cap(q)} Issues`, type: 'INT' as const, ...worseWhenHigher, since: '10.4' })),
  ...QUALITIES.map((q) => ({ key: `new_${q}_issues`, name: `New ${cap(q)} Issues`, type: 'INT' as const, ...worseWhenHigher, since: '10.5' })),
  ...QUALITIES.flatMap((q) => [
    { key: `new_software_quality_${q}_rating`, name: `${cap(q)} Rating on New Code`, type: 'RATING' as const, ...worseWhenHigher, since: '2025.1' },
    { key: `new_software_quality_${q}_issues`, name: `New ${cap(q)} Issues`, type: 'INT' as const, ...worseWhenHigher, since: '2025.1' },
  ]),
  ...IMPACT_LEVELS.map((l) => ({ key: `new_software_quality_${l}_issues`, name: `New ${cap(l)} Severity Issues`, type: 'INT' as const, ...worseWhenHigher, since: '2025.1' })),
  { key: 'new_software_quality_maintainability_debt_ratio', name: 'Technical Debt Ratio on New Code', type: 'PERCENT', ...worseWhenHigher, since: '2025.1' },
  { key: 'ncloc', name: 'Lines of Code', type: 'INT' },
  { key: 'new_lines', name: 'New Lines', type: 'INT' },
  { key: 'reopened_issues', name: 'Reopened Issues', type: 'INT', ...worseWhenHigher },
  { key: 'open_issues', name: 'Open Issues', type: 'INT', ...worseWhenHigher },
  { key: 'skipped_tests', name: 'Skipped Unit Tests', type: 'INT', ...worseWhenHigher },
];

/** The metrics a server of this profile has, or the keys a test named instead. */
export function metricsFor(profile: SonarProfile, only?: readonly string[]): Map<string, MetricDefinition> {
  const all = new Map(METRICS.map((m) => [m.key, m]));
  if (only) return new Map(only.map((key) => [key, all.get(key) ?? { key, name: key, type: 'FLOAT' }]));
  return new Map(METRICS.filter((m) => m.since === undefined || !profile.before(m.since)).map((m) => [m.key, m]));
}
