/**
 * Which SonarQube the fake plays: a Server version or SonarQube Cloud. Everything that differs
 * between them is asked of the profile, so a route reads like the rule it implements
 * ("Bearer from 10.0 on") instead of comparing version strings itself.
 */

/** Versions the issue asks for; any `major.minor[.patch.build]` string works. */
export const SONARQUBE_VERSIONS = {
  '9.9': '9.9.4.87374',
  '10.x': '10.6.0.92116',
  '2025.x': '2025.1.0.102418',
  /**
   * SonarQube Cloud numbers its releases on its own (input-formats.md §1.1: "SonarCloud reports its
   * own version string"); nothing may be concluded from it, so the value is only a placeholder.
   */
  cloud: '8.0.0.0',
} as const;

export interface SonarProfile {
  readonly cloud: boolean;
  /** What `api/server/version` and report-task.txt's `serverVersion` say. */
  readonly version: string;
  /** "SonarQube Server 10.6.0.92116" / "SonarQube Cloud": for messages. */
  readonly label: string;
  /** Server at least this version; always false on Cloud, whose numbers mean something else. */
  atLeast(version: string): boolean;
  /** Server older than this version; always false on Cloud. */
  before(version: string): boolean;
}

export function sonarProfile(options: { cloud?: boolean; version?: string } = {}): SonarProfile {
  const cloud = options.cloud ?? false;
  const version = options.version ?? (cloud ? SONARQUBE_VERSIONS.cloud : SONARQUBE_VERSIONS['10.x']);
  if (!/^\d+(\.\d+)*$/.test(version)) throw new Error(`not a SonarQube version: ${JSON.stringify(version)}`);
  return {
    cloud,
    version,
    label: cloud ? 'SonarQube Cloud' : `SonarQube Server ${version}`,
    atLeast: (v) => !cloud && compareVersions(version, v) >= 0,
    before: (v) => !cloud && compareVersions(version, v) < 0,
  };
}

/** Numeric, segment by segment; missing segments count as 0 (`10.2` = `10.2.0.0`). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The names under which a route reads a parameter that was renamed, the deprecated name first:
 * SonarQube reads the deprecated key when both are sent (`ValidatingRequest.readParam`). These are
 * behaviour, so they hold with or without the web-services list (web-services.ts derives the same
 * renames from the list's `deprecatedKey`/`deprecatedKeySince` for its checks).
 */
export function parameterNames(profile: SonarProfile) {
  return {
    /**
     * `api/issues/search`: `componentKeys` became `components` in 10.2; Cloud kept `componentKeys`
     * (input-formats.md §1.2). 9.9 does not know `components` and ignores it (specs/SOURCES.md §9).
     */
    issueComponents: profile.atLeast('10.2') ? ['componentKeys', 'components'] : ['componentKeys'],
    /**
     * `inNewCodePeriod` from 9.4, `sinceLeakPeriod` removed in 10.0 (the 10.6 changelog); Cloud
     * keeps `sinceLeakPeriod` (specs/SOURCES.md §9).
     */
    issueNewCode: profile.cloud ? ['sinceLeakPeriod'] : profile.atLeast('10.0') ? ['inNewCodePeriod'] : ['sinceLeakPeriod', 'inNewCodePeriod'],
    /** `api/hotspots/search`: `projectKey` became `project` in 10.2; Cloud keeps `projectKey` (SOURCES.md §9). */
    hotspotProject: profile.atLeast('10.2') ? ['projectKey', 'project'] : ['projectKey'],
  } as const;
}
