// Reading an analysis live from the loopback SonarQube, as each version and SonarQube Cloud answer:
// the gate of that analysis, its open issues and hotspots as findings, its measures; every query
// checked against the server's own web-services list (no violation means no parameter a server
// would refuse or silently ignore).
import { afterEach, describe, expect, it } from '@jest/globals';
import { InputError, ServerError } from '../../../../src/core/errors.js';
import { HOTSPOTS_TO_REVIEW } from '../../../../src/reports/sonarqube/live/results.js';
import { hotspots, issues, SONARQUBE_VERSIONS, type SonarQubeFake } from '../../../fakes/sonarqube/index.js';
import { closeAll, readLive, startSonar, taskTarget } from './support.js';

const PROJECT = 'acme:widgets';
const FAILING = [{ metricKey: 'new_coverage', comparator: 'LT' as const, errorThreshold: 80, actualValue: '72.5' }];

afterEach(closeAll);

function operations(sonar: SonarQubeFake): string[] {
  return sonar.requests.map((r) => r.operation ?? r.path);
}

/** The query of the first request of this operation. */
function queryOf(sonar: SonarQubeFake, operation: string): Readonly<Record<string, string | string[]>> {
  return sonar.requests.find((r) => r.operation === operation)!.query;
}

describe.each([
  ['Server 9.9', { version: SONARQUBE_VERSIONS['9.9'] }, 'basic', 'componentKeys', 'projectKey'],
  ['Server 10.x', { version: SONARQUBE_VERSIONS['10.x'] }, 'bearer', 'components', 'project'],
  ['Server 2025.x', { version: SONARQUBE_VERSIONS['2025.x'] }, 'bearer', 'components', 'project'],
  ['Cloud', { cloud: true }, 'bearer', 'componentKeys', 'projectKey'],
] as const)('%s: a pull request analysis', (_name, options, scheme, componentParam, hotspotParam) => {
  it('reads the gate, the open issues and hotspots as findings with links, and the measures', async () => {
    const sonar = await startSonar(options);
    const { taskId } = sonar.state.addAnalysis({
      project: PROJECT,
      pullRequest: '7',
      conditions: FAILING,
      issues: [...issues(3), { file: 'src/fixed.ts', line: 1, resolution: 'FIXED' }],
      hotspots: hotspots(2),
      measures: { new_coverage: '72.5', new_duplicated_lines_density: '1.5', new_violations: 3 },
      progress: { pendingPolls: 1 },
    });
    const { report, out } = await readLive(sonar, taskTarget(sonar, taskId));

    expect(report).toMatchObject({ verdict: 'fail', status: 'ERROR', projectKey: PROJECT, dashboardUrl: `${sonar.url}/dashboard?id=acme%3Awidgets&pullRequest=7` });
    expect(report.conditions.map((c) => c.metricKey)).toEqual(['new_coverage']);
    expect(report.findings).toHaveLength(5);
    const issue = report.findings.find((f) => f.message === 'Generated issue 1')!;
    expect(issue).toMatchObject({ path: 'src/module-0/file-0.ts', line: 1 });
    expect(issue.link).toBe(`${sonar.url}/project/issues?id=acme%3Awidgets&open=${issue.id}&pullRequest=7`);
    const hotspot = report.findings.find((f) => f.message.startsWith('Security hotspot'))!;
    expect(hotspot.link).toMatch(new RegExp(`^${sonar.url}/security_hotspots\\?id=acme%3Awidgets&hotspots=.+&pullRequest=7$`));
    expect(report.findings.filter((f) => f.message.startsWith('Security hotspot')).map((f) => f.severity)).toEqual(['high', 'medium']);
    expect(report.findingsTotal).toBeUndefined();
    expect(report.measures).toEqual([
      { metricKey: 'new_coverage', metricName: 'Coverage on New Code', metricType: 'PERCENT', value: '72.5' },
      { metricKey: 'new_duplicated_lines_density', metricName: 'Duplicated Lines (%) on New Code', metricType: 'PERCENT', value: '1.5' },
      { metricKey: 'new_violations', metricName: 'New Issues', metricType: 'INT', value: '3' },
      { metricKey: HOTSPOTS_TO_REVIEW, metricName: 'Security Hotspots to Review', metricType: 'INT', value: '2' },
    ]);

    expect(sonar.requests.every((r) => r.auth === scheme)).toBe(true);
    expect(queryOf(sonar, 'issues.search')[componentParam]).toBe(PROJECT);
    expect(queryOf(sonar, 'hotspots.search')[hotspotParam]).toBe(PROJECT);
    expect(sonar.violations).toEqual([]);
    expect(out.text()).not.toContain(sonar.tokens.user);
  });
});

describe('branches and the main branch', () => {
  it('reads new code only, with branch= for a branch and links that open in that branch', async () => {
    const sonar = await startSonar();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, branch: 'release', issues: [{ file: 'a.ts', line: 2, message: 'new' }, { file: 'b.ts', line: 3, message: 'old', newCode: false }] });
    const { report } = await readLive(sonar, taskTarget(sonar, taskId));
    expect(report.findings.map((f) => f.message)).toEqual(['new']);
    expect(report.findings[0]!.link).toMatch(/&branch=release$/);
    expect(queryOf(sonar, 'issues.search')).toMatchObject({ branch: 'release', inNewCodePeriod: 'true' });
    expect(sonar.violations).toEqual([]);
  });

  it.each([
    ['9.9', { version: SONARQUBE_VERSIONS['9.9'] }, 'inNewCodePeriod'],
    ['Cloud', { cloud: true }, 'sinceLeakPeriod'],
  ] as const)('on %s the main branch asks for new code with %s', async (_name, options, param) => {
    const sonar = await startSonar(options);
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, issues: [{ file: 'a.ts', message: 'new' }, { file: 'b.ts', message: 'old', newCode: false }] });
    const { report } = await readLive(sonar, taskTarget(sonar, taskId));
    expect(report.findings.map((f) => f.message)).toEqual(['new']);
    expect(queryOf(sonar, 'issues.search')[param]).toBe('true');
    expect(queryOf(sonar, 'issues.search')).not.toHaveProperty('branch');
    expect(sonar.violations).toEqual([]);
  });
});

describe('SonarQube Cloud', () => {
  it('is recognised by its organization; issues/search carries it', async () => {
    const sonar = await startSonar({ cloud: true });
    sonar.state.addProject({ key: PROJECT, organization: 'acme-org' });
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '3', issues: issues(2) });
    const { report } = await readLive(sonar, taskTarget(sonar, taskId));
    expect(report.findings).toHaveLength(2);
    expect(queryOf(sonar, 'issues.search')['organization']).toBe('acme-org');
    expect(queryOf(sonar, 'measures.component')['additionalFields']).toBe('periods');
    expect(operations(sonar)).not.toContain('server.version');
    expect(sonar.violations).toEqual([]);
  });
});

describe('what the token may read', () => {
  it.each(['projectAnalysis', 'globalAnalysis'] as const)('an analysis token (%s): the gate, with a warning naming Browse for the rest', async (kind) => {
    const sonar = await startSonar();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, conditions: FAILING, issues: issues(2), hotspots: hotspots(1), measures: { new_coverage: '72.5' } });
    const { report, out } = await readLive(sonar, taskTarget(sonar, taskId), { token: sonar.tokens[kind] });
    expect(report).toMatchObject({ verdict: 'fail', findings: [] });
    expect(report.measures).toBeUndefined();
    const warnings = out.lines.filter((l) => l.level === 'warn').map((l) => l.message);
    expect(warnings).toHaveLength(3);
    for (const w of warnings) expect(w).toMatch(/lacks the 'Browse' permission/);
    expect(out.text()).not.toContain(sonar.tokens[kind]);
  });

  it('a token SonarQube refuses (401): a server failure naming SONAR_TOKEN and the token kinds', async () => {
    const sonar = await startSonar();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT });
    const token = 'squ_0000000000000000000000000000000000000bad';
    const read = readLive(sonar, taskTarget(sonar, taskId), { token });
    await expect(read).rejects.toThrow(ServerError);
    await expect(read).rejects.toThrow(/refused SONAR_TOKEN \(401\).*user token \(squ_…\).*analysis token/);
    await expect(read).rejects.not.toThrow(token);
  });

  it('no SONAR_TOKEN: bad input, nothing asked', async () => {
    const sonar = await startSonar();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT });
    await expect(readLive(sonar, taskTarget(sonar, taskId), { token: '' })).rejects.toThrow(InputError);
    expect(sonar.requests).toEqual([]);
  });
});

describe('many issues', () => {
  it('12,000 open issues: narrowed by severity, the 10,000 most severe read, the rest counted', async () => {
    const sonar = await startSonar();
    // Mostly MAJOR, so one severity alone passes the 10,000 cap.
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '9', issues: issues(12_000, (i) => ({ severity: i < 500 ? 'BLOCKER' : 'MAJOR' })) });
    const { report, out } = await readLive(sonar, taskTarget(sonar, taskId));
    expect(report.findings).toHaveLength(10_000);
    expect(report.findingsTotal).toBe(12_000);
    // The 500 BLOCKER issues are all among those read.
    const read = new Set(report.findings.map((f) => f.message));
    expect(Array.from({ length: 500 }, (_, i) => `Generated issue ${i + 1}`).every((m) => read.has(m))).toBe(true);
    expect(out.text()).toMatch(/12,000 open issues and hotspots to review: the 10,000 most severe are read, 2,000 left out/);
    expect(sonar.violations).toEqual([]);
    expect(sonar.requests.every((r) => r.status === 200)).toBe(true);
  });

  it('retries the 503 SonarQube answers while it re-indexes issues, and says so', async () => {
    const sonar = await startSonar();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '9', issues: issues(3) });
    sonar.state.setReindexing(2);
    const { report, out } = await readLive(sonar, taskTarget(sonar, taskId));
    expect(report.findings).toHaveLength(3);
    expect(sonar.requests.filter((r) => r.operation === 'issues.search').map((r) => r.status)).toEqual([503, 503, 200]);
    // Said where a user sees it, not only in the debug log: a wait without a word looks hung.
    expect(out.lines.filter((l) => l.level === 'info' && /api\/issues\/search.*503.*retrying in/.test(l.message))).toHaveLength(2);
  });
});

describe('a monorepo project and SONAR_PROJECT_KEY', () => {
  it('PATH_PREFIX goes in front of every annotation path', async () => {
    const sonar = await startSonar();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '2', issues: [{ file: 'src/a.ts', line: 4 }], hotspots: [{ file: 'src/b.ts', line: 5 }] });
    const { report } = await readLive(sonar, taskTarget(sonar, taskId), { pathPrefix: 'services/widgets/' });
    expect(report.findings.map((f) => f.path).sort()).toEqual(['services/widgets/src/a.ts', 'services/widgets/src/b.ts']);
  });

  it('reads the latest analysis of a pull request by project key, without a task', async () => {
    const sonar = await startSonar({ version: SONARQUBE_VERSIONS['9.9'] });
    sonar.state.addAnalysis({ project: PROJECT, pullRequest: '5', conditions: FAILING, issues: issues(1) });
    const { report } = await readLive(sonar, { kind: 'project', projectKey: PROJECT, ref: { pullRequest: '5' } }, { hostUrl: sonar.url });
    expect(report).toMatchObject({ verdict: 'fail', projectKey: PROJECT });
    expect(report.findings).toHaveLength(1);
    expect(operations(sonar)).toEqual(expect.arrayContaining(['server.version', 'qualitygates.project_status']));
    expect(operations(sonar)).not.toContain('ce.task');
    expect(sonar.violations).toEqual([]);
  });
});
