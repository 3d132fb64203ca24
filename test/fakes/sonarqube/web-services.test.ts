import { afterEach, describe, expect, it } from '@jest/globals';
import { call, type JsonResponse } from '../json-client.js';
import { issues, SONARQUBE_VERSIONS, sonarAuthorization, startSonarQube, WEB_SERVICES_FILE, type SonarQubeFake, type SonarQubeOptions } from './index.js';
import { sonarProfile } from './profile.js';
import { loadWebServices } from './web-services.js';

const PROJECT = 'acme:widgets';
const fakes: SonarQubeFake[] = [];

async function start(options: SonarQubeOptions = {}): Promise<SonarQubeFake> {
  const sonar = await startSonarQube(options);
  sonar.state.addAnalysis({ project: PROJECT, issues: issues(3) });
  fakes.push(sonar);
  return sonar;
}

function get(sonar: SonarQubeFake, path: string): Promise<JsonResponse> {
  return call('GET', `${sonar.url}/${path}`, { authorization: sonarAuthorization(sonar.tokens.user) });
}

afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

describe('without the web-services list', () => {
  it('turns the check off, says why, and still serves', async () => {
    const saved = process.env['PR_INSIGHTS_SPECS_DIR'];
    process.env['PR_INSIGHTS_SPECS_DIR'] = '/nonexistent/specs';
    try {
      const sonar = await start();
      expect(sonar.specValidation).toEqual({ enabled: false, reason: `/nonexistent/specs/${WEB_SERVICES_FILE} not found: query parameters are not checked` });
      const res = await get(sonar, `api/issues/search?components=${PROJECT}&whatever=1`);
      expect(res.status).toBe(200);
      expect(res.body.paging.total).toBe(3);
      // Behaviour that does not come from the list holds: ps is still capped.
      expect((await get(sonar, `api/issues/search?components=${PROJECT}&ps=501`)).status).toBe(400);
      expect(sonar.violations).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['PR_INSIGHTS_SPECS_DIR'];
      else process.env['PR_INSIGHTS_SPECS_DIR'] = saved;
    }
  });

  it('can be turned off on purpose', async () => {
    const sonar = await start({ specs: false });
    expect(sonar.specValidation).toEqual({ enabled: false, reason: 'parameter check turned off by the caller' });
  });
});

const SPECS = loadWebServices().status.enabled;
const specIt = SPECS ? it : it.skip;
describe(SPECS ? 'checked against the web-services list' : `checked against the web-services list (skipped: ${loadWebServices().status.reason})`, () => {
  specIt('refuses an unknown parameter with 400 and records it', async () => {
    const sonar = await start();
    const res = await get(sonar, `api/issues/search?components=${PROJECT}&projectKey=${PROJECT}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].msg).toMatch(/^The fake refuses parameter 'projectKey': api\/issues\/search on SonarQube Server 10\.6\.0\.92116 has no such parameter/);
    expect(sonar.violations).toEqual([
      { action: 'api/issues/search', method: 'GET', path: '/api/issues/search', param: 'projectKey', reason: 'unknown-parameter', message: res.body.errors[0].msg },
    ]);
  });

  specIt('records 9.9 silently ignoring components, while answering like 9.9', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    expect((await get(sonar, `api/issues/search?components=${PROJECT}`)).status).toBe(200);
    expect(sonar.violations).toEqual([expect.objectContaining({ param: 'components', reason: 'ignored-by-server', message: expect.stringContaining("it was called 'componentKeys' before 10.2") })]);
  });

  specIt('follows since and the rename: issueStatuses from 10.4, components from 10.2, componentKeys kept as deprecated', async () => {
    const old = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    expect((await get(old, `api/issues/search?componentKeys=${PROJECT}&issueStatuses=OPEN`)).status).toBe(400);
    expect((await get(old, `api/issues/search?componentKeys=${PROJECT}&sinceLeakPeriod=true`)).status).toBe(200);
    const current = await start({ version: SONARQUBE_VERSIONS['10.x'] });
    expect((await get(current, `api/issues/search?componentKeys=${PROJECT}&issueStatuses=OPEN,CONFIRMED`)).status).toBe(200);
    expect((await get(current, `api/issues/search?components=${PROJECT}&sinceLeakPeriod=true`)).status).toBe(400);
    expect(current.violations.map((v) => v.param)).toEqual(['sinceLeakPeriod']);
  });

  specIt('encodes Cloud: componentKeys only, organization known, no inNewCodePeriod', async () => {
    const sonar = await start({ cloud: true });
    const base = `api/issues/search?organization=${sonar.state.projects.get(PROJECT)!.organization}`;
    expect((await get(sonar, `${base}&componentKeys=${PROJECT}`)).status).toBe(200);
    expect((await get(sonar, `${base}&components=${PROJECT}`)).status).toBe(400);
    expect((await get(sonar, `${base}&componentKeys=${PROJECT}&inNewCodePeriod=true`)).status).toBe(400);
    expect((await get(sonar, `api/measures/component?component=${PROJECT}&metricKeys=coverage&additionalFields=period`)).body).toEqual({
      errors: [{ msg: "Value of parameter 'additionalFields' (period) must be one of: [metrics, periods]" }],
    });
    expect(sonar.violations.map((v) => `${v.param}:${v.reason}`)).toEqual(['components:unknown-parameter', 'inNewCodePeriod:unknown-parameter', 'additionalFields:possible-values']);
  });

  specIt('checks possible values and required parameters in SonarQube words', async () => {
    const sonar = await start();
    expect((await get(sonar, `api/issues/search?components=${PROJECT}&resolved=maybe`)).body.errors[0].msg).toBe("Value of parameter 'resolved' (maybe) must be one of: [true, false, yes, no]");
    expect((await get(sonar, `api/issues/search?components=${PROJECT}&ps=many`)).body.errors[0].msg).toBe("'ps' value 'many' cannot be parsed as an integer");
    expect((await get(sonar, 'api/ce/task')).body.errors[0].msg).toBe("The 'id' parameter is missing");
    expect((await get(sonar, `api/hotspots/search?project=${PROJECT}&status=OPEN`)).status).toBe(400);
    expect(sonar.violations.map((v) => v.reason)).toEqual(['possible-values', 'not-an-integer', 'missing-parameter', 'possible-values']);
  });

  specIt('derives one rule set per version from the 10.6 list', () => {
    const ws = loadWebServices();
    const names = (version: string | 'cloud', action: Parameters<typeof ws.rules>[0], key: string) =>
      ws.rules(action, version === 'cloud' ? sonarProfile({ cloud: true }) : sonarProfile({ version }))!.params.find((p) => p.names.includes(key) || p.key === key)?.names;
    expect(names(SONARQUBE_VERSIONS['9.9'], 'api/issues/search', 'componentKeys')).toEqual(['componentKeys']);
    expect(names(SONARQUBE_VERSIONS['10.x'], 'api/issues/search', 'components')).toEqual(['components', 'componentKeys']);
    expect(names(SONARQUBE_VERSIONS['9.9'], 'api/hotspots/search', 'projectKey')).toEqual(['projectKey']);
    expect(names('cloud', 'api/hotspots/search', 'projectKey')).toEqual(['projectKey']);
    expect(names(SONARQUBE_VERSIONS['9.9'], 'api/issues/search', 'issueStatuses')).toBeUndefined();
    expect(ws.rules('api/issues/search', sonarProfile())!.params.find((p) => p.key === 'ps')).toMatchObject({ maximumValue: 500 });
  });
});
