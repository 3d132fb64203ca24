/**
 * Issues and security hotspots as a test seeds them, plus generators for the large counts that
 * paging and the 10,000-result cap need. Only what a test cares about is required; the rest is
 * filled in when seeded, so that the legacy fields (`severity`, `type`, `status`) and the 10.x
 * ones (`impacts`, `cleanCodeAttribute`, `issueStatus`) of one issue never contradict each other.
 */

export type LegacySeverity = 'INFO' | 'MINOR' | 'MAJOR' | 'CRITICAL' | 'BLOCKER';
export type IssueType = 'BUG' | 'VULNERABILITY' | 'CODE_SMELL';
export type LegacyStatus = 'OPEN' | 'CONFIRMED' | 'REOPENED' | 'RESOLVED' | 'CLOSED';
export type Resolution = 'FALSE-POSITIVE' | 'WONTFIX' | 'FIXED' | 'REMOVED';
export type SoftwareQuality = 'SECURITY' | 'RELIABILITY' | 'MAINTAINABILITY';
export type ImpactSeverity = 'LOW' | 'MEDIUM' | 'HIGH';
export type IssueStatus = 'OPEN' | 'CONFIRMED' | 'FALSE_POSITIVE' | 'ACCEPTED' | 'FIXED';
export type CleanCodeAttribute =
  | 'CLEAR' | 'COMPLETE' | 'CONVENTIONAL' | 'DISTINCT' | 'EFFICIENT' | 'FOCUSED' | 'FORMATTED'
  | 'IDENTIFIABLE' | 'LAWFUL' | 'LOGICAL' | 'MODULAR' | 'RESPECTFUL' | 'TESTED' | 'TRUSTWORTHY';

export interface Impact {
  readonly softwareQuality: SoftwareQuality;
  readonly severity: ImpactSeverity;
}

/** An issue as the fake keeps it; a test seeds any part of it (`SeedIssue`) and the rest is filled in. */
export interface Issue {
  /** `repo:key`, e.g. `typescript:S1854`. */
  readonly rule: string;
  readonly message: string;
  /** Path in the repository; without it the issue is on the project itself (no line). */
  readonly file?: string;
  readonly line?: number;
  readonly severity: LegacySeverity;
  readonly type: IssueType;
  readonly status: LegacyStatus;
  /** Set for RESOLVED/CLOSED issues. */
  readonly resolution?: Resolution;
  /** Default: one impact derived from `type` (quality) and `severity` (HIGH/MEDIUM/LOW). */
  readonly impacts: readonly Impact[];
  readonly cleanCodeAttribute: CleanCodeAttribute;
  /** In the branch's new code period (default true). Pull request issues are all new code anyway. */
  readonly newCode: boolean;
  readonly effort: string;
  readonly tags: readonly string[];
}

export type SeedIssue = Partial<Issue> & { readonly key?: string };

export type HotspotProbability = 'HIGH' | 'MEDIUM' | 'LOW';

export interface Hotspot {
  readonly ruleKey: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly vulnerabilityProbability: HotspotProbability;
  /** SonarSource security category, e.g. `sql-injection`, `weak-cryptography`. */
  readonly securityCategory: string;
  readonly status: 'TO_REVIEW' | 'REVIEWED';
  /** Set for REVIEWED hotspots. */
  readonly resolution?: 'FIXED' | 'SAFE' | 'ACKNOWLEDGED';
  readonly newCode: boolean;
}

export type SeedHotspot = Partial<Hotspot> & { readonly key?: string };

const QUALITY_OF_TYPE: Record<IssueType, SoftwareQuality> = { BUG: 'RELIABILITY', VULNERABILITY: 'SECURITY', CODE_SMELL: 'MAINTAINABILITY' };
const IMPACT_OF_SEVERITY: Record<LegacySeverity, ImpactSeverity> = { BLOCKER: 'HIGH', CRITICAL: 'HIGH', MAJOR: 'MEDIUM', MINOR: 'LOW', INFO: 'LOW' };

/**
 * The category of each clean-code attribute (SonarSource's clean-code taxonomy; input-formats.md
 * §1.6 lists both sets).
 */
const CATEGORY: Record<CleanCodeAttribute, string> = {
  CONVENTIONAL: 'CONSISTENT', FORMATTED: 'CONSISTENT', IDENTIFIABLE: 'CONSISTENT',
  CLEAR: 'INTENTIONAL', COMPLETE: 'INTENTIONAL', EFFICIENT: 'INTENTIONAL', LOGICAL: 'INTENTIONAL',
  DISTINCT: 'ADAPTABLE', FOCUSED: 'ADAPTABLE', MODULAR: 'ADAPTABLE', TESTED: 'ADAPTABLE',
  LAWFUL: 'RESPONSIBLE', RESPECTFUL: 'RESPONSIBLE', TRUSTWORTHY: 'RESPONSIBLE',
};

export function completeIssue(seed: SeedIssue): Issue {
  const severity = seed.severity ?? 'MAJOR';
  const type = seed.type ?? 'CODE_SMELL';
  return {
    rule: seed.rule ?? 'typescript:S1854',
    message: seed.message ?? 'Remove this useless assignment.',
    ...(seed.file === undefined ? {} : { file: seed.file }),
    ...(seed.file === undefined || seed.line === undefined ? {} : { line: seed.line }),
    severity,
    type,
    status: seed.status ?? (seed.resolution === undefined ? 'OPEN' : 'RESOLVED'),
    ...(seed.resolution === undefined ? {} : { resolution: seed.resolution }),
    impacts: seed.impacts ?? [{ softwareQuality: QUALITY_OF_TYPE[type], severity: IMPACT_OF_SEVERITY[severity] }],
    cleanCodeAttribute: seed.cleanCodeAttribute ?? 'CONVENTIONAL',
    newCode: seed.newCode ?? true,
    effort: seed.effort ?? '5min',
    tags: seed.tags ?? [],
  };
}

export function completeHotspot(seed: SeedHotspot): Hotspot {
  return {
    ruleKey: seed.ruleKey ?? 'typescript:S4790',
    message: seed.message ?? 'Make sure this is safe here.',
    ...(seed.file === undefined ? {} : { file: seed.file }),
    ...(seed.file === undefined || seed.line === undefined ? {} : { line: seed.line }),
    vulnerabilityProbability: seed.vulnerabilityProbability ?? 'MEDIUM',
    securityCategory: seed.securityCategory ?? 'others',
    status: seed.status ?? (seed.resolution === undefined ? 'TO_REVIEW' : 'REVIEWED'),
    ...(seed.resolution === undefined ? {} : { resolution: seed.resolution }),
    newCode: seed.newCode ?? true,
  };
}

export function cleanCodeCategory(attribute: CleanCodeAttribute): string {
  return CATEGORY[attribute];
}

/** 10.4's simplified status (input-formats.md §1.6) from the legacy status and resolution. */
export function issueStatusOf(issue: Issue): IssueStatus {
  switch (issue.resolution) {
    case 'FALSE-POSITIVE':
      return 'FALSE_POSITIVE';
    case 'WONTFIX':
      return 'ACCEPTED';
    case 'FIXED':
    case 'REMOVED':
      return 'FIXED';
    default:
      return issue.status === 'CONFIRMED' ? 'CONFIRMED' : 'OPEN';
  }
}

export function isResolved(issue: Issue): boolean {
  return issue.resolution !== undefined || issue.status === 'RESOLVED' || issue.status === 'CLOSED';
}

type Overrides<T> = Partial<T> | ((index: number) => Partial<T>);

const SEVERITIES: readonly LegacySeverity[] = ['MAJOR', 'MINOR', 'CRITICAL', 'INFO', 'BLOCKER'];
const TYPES: readonly IssueType[] = ['CODE_SMELL', 'BUG', 'CODE_SMELL', 'VULNERABILITY'];

/**
 * `n` distinct, deterministic issues spread over files, rules, severities and types — e.g.
 * `issues(12_000)` to exercise paging past the 10,000-result cap. `overrides` applies to each
 * (or is called with each index).
 */
export function issues(n: number, overrides: Overrides<SeedIssue> = {}): SeedIssue[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: `typescript:S${1000 + (i % 37)}`,
    message: `Generated issue ${i + 1}`,
    file: `src/module-${i % 23}/file-${i % 7}.ts`,
    line: (i % 400) + 1,
    severity: SEVERITIES[i % SEVERITIES.length]!,
    type: TYPES[i % TYPES.length]!,
    ...(typeof overrides === 'function' ? overrides(i) : overrides),
  }));
}

const PROBABILITIES: readonly HotspotProbability[] = ['HIGH', 'MEDIUM', 'LOW'];
const CATEGORIES = ['sql-injection', 'weak-cryptography', 'insecure-conf', 'xss'] as const;

export function hotspots(n: number, overrides: Overrides<SeedHotspot> = {}): SeedHotspot[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleKey: `typescript:S${4500 + (i % 11)}`,
    message: `Generated hotspot ${i + 1}`,
    file: `src/module-${i % 23}/file-${i % 7}.ts`,
    line: (i % 400) + 1,
    vulnerabilityProbability: PROBABILITIES[i % PROBABILITIES.length]!,
    securityCategory: CATEGORIES[i % CATEGORIES.length]!,
    ...(typeof overrides === 'function' ? overrides(i) : overrides),
  }));
}
