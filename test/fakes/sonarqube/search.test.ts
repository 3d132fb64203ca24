import { afterEach, describe, expect, it } from '@jest/globals';
import { call, type JsonResponse } from '../json-client.js';
import { hotspots, issues, REINDEXING_MESSAGE, SONARQUBE_VERSIONS, sonarAuthorization, startSonarQube, type SonarQubeFake, type SonarQubeOptions } from './index.js';

const PROJECT = 'acme:widgets';
const OTHER = 'acme:gadgets';
const fakes: SonarQubeFake[] = [];

async function start(options: SonarQubeOptions = {}): Promise<SonarQubeFake> {
  const sonar = await startSonarQube(options);
  fakes.push(sonar);
  return sonar;
}

function get(sonar: SonarQubeFake, path: string): Promise<JsonResponse> {
  return call('GET', `${sonar.url}/${path}`, { authorization: sonarAuthorization(sonar.tokens.user) });
}

afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

describe('api/issues/search paging', () => {
  it('refuses ps above 500 with SonarQube message', async () => {
    const sonar = await start();
    sonar.state.addAnalysis({ project: PROJECT, issues: issues(3) });
    const res = await get(sonar, `api/issues/search?components=${PROJECT}&ps=501`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ msg: "'ps' value (501) must be less than 500" }] });
  });

  it('pages 12,000 issues up to the 10,000-result cap, then refuses', async () => {
    const sonar = await start();
    sonar.state.addAnalysis({ project: PROJECT, issues: issues(12_000) });
    const keys = new Set<string>();
    let total = 0;
    for (let p = 1; p <= 20; p++) {
      const res = await get(sonar, `api/issues/search?components=${PROJECT}&ps=500&p=${p}`);
      expect(res.status).toBe(200);
      expect(res.body.paging).toEqual({ pageIndex: p, pageSize: 500, total: 12_000 });
      total = res.body.paging.total;
      for (const issue of res.body.issues) keys.add(issue.key);
    }
    expect(total).toBe(12_000);
    expect(keys.size).toBe(10_000);
    const beyond = await get(sonar, `api/issues/search?components=${PROJECT}&ps=500&p=21`);
    expect(beyond.status).toBe(400);
    expect(beyond.body).toEqual({ errors: [{ msg: 'Can return only the first 10000 results. 10500th result asked.' }] });
  });

  it('answers 503 while re-indexing, for as many requests as set', async () => {
    const sonar = await start();
    sonar.state.addAnalysis({ project: PROJECT, issues: issues(2) });
    sonar.state.setReindexing(2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await get(sonar, `api/issues/search?components=${PROJECT}`));
    expect(statuses.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(statuses[0]!.body).toEqual({ errors: [{ msg: REINDEXING_MESSAGE }] });
  });

  it('answers the 10.x shape: paging only, impacts and clean-code attributes, components with paths', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['10.x'] });
    sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', issues: [{ rule: 'java:S1144', file: 'src/A.java', line: 81, severity: 'CRITICAL', type: 'BUG', message: 'Remove it.' }] });
    const body = (await get(sonar, `api/issues/search?components=${PROJECT}&pullRequest=7&resolved=false`)).body;
    expect(body).not.toHaveProperty('total');
    expect(body.issues).toEqual([
      expect.objectContaining({
        rule: 'java:S1144',
        severity: 'CRITICAL',
        type: 'BUG',
        component: `${PROJECT}:src/A.java`,
        project: PROJECT,
        pullRequest: '7',
        line: 81,
        textRange: { startLine: 81, endLine: 81, startOffset: 0, endOffset: 1 },
        message: 'Remove it.',
        status: 'OPEN',
        issueStatus: 'OPEN',
        impacts: [{ softwareQuality: 'RELIABILITY', severity: 'HIGH' }],
        cleanCodeAttribute: 'CONVENTIONAL',
        cleanCodeAttributeCategory: 'CONSISTENT',
      }),
    ]);
    expect(body.components).toEqual([
      { key: `${PROJECT}:src/A.java`, enabled: true, qualifier: 'FIL', name: 'A.java', longName: 'src/A.java', path: 'src/A.java', pullRequest: '7' },
      { key: PROJECT, enabled: true, qualifier: 'TRK', name: 'widgets', longName: 'widgets', pullRequest: '7' },
    ]);
  });

  it('answers 9.9 with the top-level total/p/ps and without impacts', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    sonar.state.addAnalysis({ project: PROJECT, issues: issues(3) });
    const body = (await get(sonar, `api/issues/search?componentKeys=${PROJECT}&ps=2`)).body;
    expect(body).toMatchObject({ total: 3, p: 1, ps: 2, paging: { pageIndex: 1, pageSize: 2, total: 3 } });
    expect(body.issues[0]).not.toHaveProperty('impacts');
    expect(body.issues[0]).not.toHaveProperty('issueStatus');
  });
});

describe('api/issues/search component and new-code parameters by version', () => {
  async function twoProjects(options: SonarQubeOptions): Promise<SonarQubeFake> {
    const sonar = await start(options);
    sonar.state.addAnalysis({ project: PROJECT, issues: issues(3, { message: 'widgets' }) });
    sonar.state.addAnalysis({ project: OTHER, issues: issues(2, { message: 'gadgets' }) });
    sonar.state.addAnalysis({ project: OTHER, pullRequest: '9', issues: issues(4, { message: 'gadgets PR' }) });
    return sonar;
  }

  it('narrows by components on 10.2+ and still by the deprecated componentKeys', async () => {
    const sonar = await twoProjects({ version: SONARQUBE_VERSIONS['10.x'] });
    expect((await get(sonar, `api/issues/search?components=${PROJECT}`)).body.paging.total).toBe(3);
    expect((await get(sonar, `api/issues/search?componentKeys=${PROJECT}`)).body.paging.total).toBe(3);
    expect(sonar.violations).toEqual([]);
  });

  it('9.9 silently ignores components and answers every project, branch and pull request', async () => {
    const sonar = await twoProjects({ version: SONARQUBE_VERSIONS['9.9'] });
    const ignored = await get(sonar, `api/issues/search?components=${PROJECT}&pullRequest=7`);
    expect(ignored.status).toBe(200);
    expect(ignored.body.paging.total).toBe(9);
    expect(new Set(ignored.body.issues.map((i: { message: string }) => i.message))).toEqual(new Set(['widgets', 'gadgets', 'gadgets PR']));
    expect((await get(sonar, `api/issues/search?componentKeys=${PROJECT}`)).body.paging.total).toBe(3);
  });

  it('9.9: components with inNewCodePeriod fails, the component being ignored', async () => {
    const sonar = await twoProjects({ version: SONARQUBE_VERSIONS['9.9'] });
    const res = await get(sonar, `api/issues/search?components=${PROJECT}&inNewCodePeriod=true`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].msg).toBe('One and only one component must be provided when searching in new code period');
  });

  it('filters new code with inNewCodePeriod on Server (sinceLeakPeriod too on 9.9), not inside a pull request', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    sonar.state.addAnalysis({ project: PROJECT, issues: issues(10, (i) => ({ newCode: i < 4 })) });
    sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', issues: issues(5, { newCode: false }) });
    expect((await get(sonar, `api/issues/search?componentKeys=${PROJECT}&inNewCodePeriod=true`)).body.paging.total).toBe(4);
    expect((await get(sonar, `api/issues/search?componentKeys=${PROJECT}&sinceLeakPeriod=true`)).body.paging.total).toBe(4);
    expect((await get(sonar, `api/issues/search?componentKeys=${PROJECT}&pullRequest=7&inNewCodePeriod=true`)).body.paging.total).toBe(5);
  });

  it('Cloud: componentKeys, sinceLeakPeriod and a required organization', async () => {
    const sonar = await start({ cloud: true });
    sonar.state.addProject({ key: PROJECT, organization: 'acme' });
    sonar.state.addProject({ key: OTHER, organization: 'elsewhere' });
    sonar.state.addAnalysis({ project: PROJECT, issues: issues(3, (i) => ({ newCode: i === 0 })) });
    sonar.state.addAnalysis({ project: OTHER, issues: issues(2) });
    const missing = await get(sonar, `api/issues/search?componentKeys=${PROJECT}`);
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].msg).toBe("The 'organization' parameter is missing");
    expect((await get(sonar, `api/issues/search?organization=acme&componentKeys=${PROJECT}`)).body.paging.total).toBe(3);
    expect((await get(sonar, `api/issues/search?organization=acme&componentKeys=${PROJECT}&sinceLeakPeriod=true`)).body.paging.total).toBe(1);
    // The organization scopes a search without components.
    const all = (await get(sonar, 'api/issues/search?organization=acme')).body;
    expect(all.paging.total).toBe(3);
    expect(all.issues[0].organization).toBe('acme');
  });

  it('filters resolved=false and issueStatuses (10.4+), statuses on older servers', async () => {
    const seeded = [
      { message: 'open' },
      { message: 'confirmed', status: 'CONFIRMED' as const },
      { message: 'accepted', status: 'RESOLVED' as const, resolution: 'WONTFIX' as const },
      { message: 'fixed', status: 'CLOSED' as const, resolution: 'FIXED' as const },
    ];
    const current = await start();
    current.state.addAnalysis({ project: PROJECT, issues: seeded });
    const messages = async (sonar: SonarQubeFake, query: string) => (await get(sonar, `api/issues/search?componentKeys=${PROJECT}&${query}`)).body.issues.map((i: { message: string }) => i.message);
    expect(await messages(current, 'resolved=false')).toEqual(['open', 'confirmed']);
    expect(await messages(current, 'issueStatuses=ACCEPTED,FIXED')).toEqual(['accepted', 'fixed']);
    const old = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    old.state.addAnalysis({ project: PROJECT, issues: seeded });
    expect(await messages(old, 'statuses=OPEN,CONFIRMED')).toEqual(['open', 'confirmed']);
  });

  it('answers an empty page, not 404, for an unknown component or pull request', async () => {
    const sonar = await twoProjects({});
    for (const query of ['components=nope', `components=${PROJECT}&pullRequest=99`]) {
      const res = await get(sonar, `api/issues/search?${query}`);
      expect(res.status).toBe(200);
      expect(res.body.paging.total).toBe(0);
    }
  });
});

describe('api/hotspots/search', () => {
  it.each([
    ['10.x', { version: SONARQUBE_VERSIONS['10.x'] }, 'project'],
    ['2025.x', { version: SONARQUBE_VERSIONS['2025.x'] }, 'project'],
    ['9.9', { version: SONARQUBE_VERSIONS['9.9'] }, 'projectKey'],
    ['Cloud', { cloud: true }, 'projectKey'],
  ] as const)('takes the project as `%s` → %s, status and pullRequest', async (_, options, name) => {
    const sonar = await start(options);
    sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', hotspots: hotspots(5, (i) => ({ status: i < 3 ? 'TO_REVIEW' : 'REVIEWED', ...(i < 3 ? {} : { resolution: 'SAFE' as const }) })) });
    const res = await get(sonar, `api/hotspots/search?${name}=${PROJECT}&pullRequest=7&status=TO_REVIEW`);
    expect(res.status).toBe(200);
    expect(res.body.paging).toEqual({ pageIndex: 1, pageSize: 100, total: 3 });
    expect(res.body.hotspots[0]).toEqual(
      expect.objectContaining({ key: expect.any(String), component: expect.stringMatching(/^acme:widgets:src\//), line: 1, message: 'Generated hotspot 1', vulnerabilityProbability: 'HIGH', securityCategory: 'sql-injection', ruleKey: 'typescript:S4500', status: 'TO_REVIEW' }),
    );
  });

  it('refuses the 10.2 name on 9.9 (no project given)', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    sonar.state.addAnalysis({ project: PROJECT, hotspots: hotspots(1) });
    expect((await get(sonar, `api/hotspots/search?project=${PROJECT}`)).status).toBe(400);
  });

  it('cuts pages above 500 silently but keeps the p × ps cap', async () => {
    const sonar = await start();
    sonar.state.addAnalysis({ project: PROJECT, hotspots: hotspots(700) });
    const big = await get(sonar, `api/hotspots/search?project=${PROJECT}&ps=600`);
    expect(big.body.paging).toEqual({ pageIndex: 1, pageSize: 600, total: 700 });
    expect(big.body.hotspots).toHaveLength(500);
    expect((await get(sonar, `api/hotspots/search?project=${PROJECT}&ps=600&p=17`)).body.errors[0].msg).toBe('Can return only the first 10000 results. 10200th result asked.');
  });

  it('answers 404 for an unknown project with the parameter name of the version', async () => {
    const sonar = await start();
    expect((await get(sonar, 'api/hotspots/search?project=nope')).body).toEqual({ errors: [{ msg: "Project 'nope' not found" }] });
    expect((await get(sonar, 'api/hotspots/search')).body).toEqual({ errors: [{ msg: "A value must be provided for either parameter 'project' or parameter 'hotspots'" }] });
  });
});
