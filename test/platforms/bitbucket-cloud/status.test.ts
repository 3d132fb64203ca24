import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { BitbucketCloudFake } from '../../fakes/index.js';
import { BRANCH, cloudRun, decorations, HEAD, REPO, REPORT_ID, startCloud, type Run } from './harness.js';

let cloud: BitbucketCloudFake;
let r: Run;

beforeEach(async () => {
  cloud = await startCloud();
  r = cloudRun(cloud.url);
});

afterEach(async () => {
  expect(cloud.violations).toEqual([]);
  await cloud.close();
});

const status = (overrides: Partial<ReturnType<typeof decorations>['status']>) => ({ ...decorations().status, ...overrides });

describe('Bitbucket Cloud: build status', () => {
  it('overwrites the status with the same key on a re-run', async () => {
    await r.api.publishStatus(HEAD, status({ state: 'failure' }), { branch: BRANCH });
    await r.api.publishStatus(HEAD, status({ state: 'success', description: 'Quality gate passed' }), { branch: BRANCH });

    expect(cloud.state.statuses(REPO, HEAD)).toHaveLength(1);
    expect(cloud.state.status(REPO, HEAD, REPORT_ID)?.fields).toMatchObject({ state: 'SUCCESSFUL', description: 'Quality gate passed', refname: BRANCH });
  });

  it('keeps within the limits: key ≤ 40, name ≤ 255, url ≤ 450 and http(s) only; no refname without a branch', async () => {
    await r.api.publishStatus(HEAD, status({ key: 'k'.repeat(60), name: 'n'.repeat(300), url: `https://ci.example.com/${'p'.repeat(500)}` }), {});
    await r.api.publishStatus(HEAD, status({ key: 'other', url: 'javascript:alert(1)', description: 'two\nlines' }), {});

    const [long, other] = cloud.state.statuses(REPO, HEAD).map((s) => s.fields);
    expect(String(long?.['key'])).toHaveLength(40);
    expect(String(long?.['name'])).toHaveLength(255);
    expect(long).not.toHaveProperty('url');
    expect(long).not.toHaveProperty('refname');
    expect(other).not.toHaveProperty('url');
    expect(other?.['description']).toBe('two lines');
  });
});
