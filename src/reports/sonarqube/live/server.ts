/**
 * Which SonarQube answers: a Server version or SonarQube Cloud. Parameter names and the auth
 * scheme differ between them, and a wrong parameter name is often silently ignored (9.9 ignores
 * `components` and answers every project's issues), so every version rule is written here once,
 * with its source, and the readers ask the profile.
 */
import type { HttpAuth } from '../../../http/index.js';

export interface SonarServer {
  /** Root URL of the web API, without a trailing slash. */
  url: string;
  cloud: boolean;
  /** Server only: SonarQube Cloud numbers its releases on its own (input-formats.md §1.1). */
  version?: string;
  /** SonarQube Cloud's organization. */
  organization?: string;
}

/** input-formats.md §1.2: SonarQube Cloud's EU and US hosts. */
const CLOUD_HOSTS = ['sonarcloud.io', 'sonarqube.us'];

/** Cloud by its hosts, or by an organization (report-task.txt's `organization` or SONAR_ORGANIZATION). */
export function isCloud(url: string, organization: string | undefined): boolean {
  if (organization !== undefined) return true;
  const host = new URL(url).hostname.toLowerCase();
  return CLOUD_HOSTS.some((cloud) => host === cloud || host.endsWith(`.${cloud}`));
}

/** "SonarQube Server 9.9.4.87374" / "SonarQube Cloud", for messages. */
export function serverLabel(server: SonarServer): string {
  return server.cloud ? 'SonarQube Cloud' : `SonarQube Server${server.version ? ` ${server.version}` : ''}`;
}

/** Server at least this version; false on Cloud, whose numbers mean something else. */
export function atLeast(server: SonarServer, version: string): boolean {
  return !server.cloud && server.version !== undefined && compareVersions(server.version, version) >= 0;
}

/** Numeric, segment by segment; missing segments count as 0 (`10.2` = `10.2.0.0`). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const y = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Bearer is documented from Server 10.0 on and on Cloud; Basic `base64(token + ":")` (the token as
 * login, empty password) works on every version, and is all 9.9 and older accept (§1.2).
 */
export function sonarAuth(server: SonarServer, token: string): HttpAuth {
  return server.cloud || atLeast(server, '10.0') ? { kind: 'bearer', token } : { kind: 'basic', username: token.trim(), password: '' };
}

export interface ParameterNames {
  /** `api/issues/search`'s component filter: `components` from Server 10.2, `componentKeys` before and on Cloud (§1.2, §1.6). */
  issueComponents: 'components' | 'componentKeys';
  /** New code only: `inNewCodePeriod` from Server 9.4, `sinceLeakPeriod` before (removed in 10.0) and on Cloud (specs/SOURCES.md §9). */
  issueNewCode: 'inNewCodePeriod' | 'sinceLeakPeriod';
  /** `api/hotspots/search`'s project: `project` from Server 10.2, `projectKey` before and on Cloud (SOURCES.md §9). */
  hotspotProject: 'project' | 'projectKey';
  /** `api/measures/component`'s new-code reference: `period` on Server, the legacy `periods` on Cloud (§1.5). */
  measuresPeriod: 'period' | 'periods';
  /** Where new-code measure values are: `period.value` on Server ≥ 8.1, `periods[0].value` older and on Cloud (§1.5). */
  measureValue: 'period' | 'periods';
}

export function parameterNames(server: SonarServer): ParameterNames {
  return {
    issueComponents: atLeast(server, '10.2') ? 'components' : 'componentKeys',
    issueNewCode: atLeast(server, '9.4') ? 'inNewCodePeriod' : 'sinceLeakPeriod',
    hotspotProject: atLeast(server, '10.2') ? 'project' : 'projectKey',
    measuresPeriod: server.cloud ? 'periods' : 'period',
    measureValue: atLeast(server, '8.1') ? 'period' : 'periods',
  };
}
