/** Failures say what to fix: credentials vs permission (Data Center says 401 for both), repository, context path — and never show a secret. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { publish } from '../../../src/publish/publish.js';
import { DC_BOT_USER, fakeSha } from '../../fakes/index.js';
import { decorations, startHarness, type Harness } from './harness.js';

const HEAD = fakeSha('feature-head');
const target = { commit: HEAD, pullRequest: 3, branch: 'feature' };

let h: Harness | undefined;

afterEach(async () => {
  if (!h) return;
  const { fake } = h;
  await h.close();
  h = undefined;
  expect(fake.violations).toEqual([]);
});

async function setUp(): Promise<Harness> {
  h = await startHarness();
  h.fake.state.addPullRequest(h.repo, { id: 3, fromBranch: 'feature', fromCommit: HEAD });
  return h;
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error('expected a failure');
  return outcome;
}

describe('401', () => {
  it('names both causes, the credentials and the permission, for every decoration; the token never shows', async () => {
    const { log, logs } = await setUp();
    const token = 'wrong-but-secret-token-4711';
    const error = await failure(publish(h!.api({ auth: { kind: 'bearer', token } }), decorations(HEAD), target, ['comment', 'insights', 'status'], log));

    expect(error.message).toMatch(/^Nothing was published\. Not published: /);
    for (const step of ['insights', 'status', 'comment']) expect(error.message).toContain(`${step}: could not `);
    expect(error.message).toMatch(/401.*answers 401 both when TOKEN \(or USERNAME and PASSWORD\) is invalid or expired and when the credentials lack REPO_READ on the repository/);
    expect(error.message).not.toContain(token);
    expect(logs.join('\n')).not.toContain(token);
  });

  it('for credentials that work but lack the permission, says which permission', async () => {
    const { fake } = await setUp();
    fake.addIdentity({ user: { ...DC_BOT_USER, id: 77, name: 'licensed', slug: 'licensed' }, bearer: 'licensed-only-token', permission: 'LICENSED' });
    const api = h!.api({ auth: { kind: 'bearer', token: 'licensed-only-token' } });
    const error = await failure(api.getPullRequest(3));
    expect(error.message).toMatch(/could not read pull request #3 of PRJ\/repo: GET .* failed: 401.*You need REPO_READ permission.*lack REPO_READ on the repository/);
    expect(error.message).not.toContain('licensed-only-token');
  });

  it('never shows a Basic password', async () => {
    const { log, logs } = await setUp();
    const password = 'hunter2-but-longer';
    const api = h!.api({ auth: { kind: 'basic', username: 'ci-user', password } });
    const error = await failure(publish(api, decorations(HEAD), target, ['comment', 'insights', 'status'], log));
    expect(error.message).toContain('401');
    expect(error.message).not.toContain(password);
    expect(error.message).not.toContain(Buffer.from(`ci-user:${password}`).toString('base64'));
    expect(logs.join('\n')).not.toContain(password);
  });
});

describe('404', () => {
  it('points at REPOSITORY for a repository the server does not have', async () => {
    const { repository } = await setUp();
    const api = h!.api({ repository: { ...repository, slug: 'no-such-repo' } });
    const report = await failure(api.publishReport(HEAD, 'sonarqube', decorations(HEAD).insight));
    expect(report.message).toMatch(/Repository PRJ\/no-such-repo does not exist.* — check REPOSITORY \(project key PRJ, repository slug no-such-repo, and the context path/);
    // A missing repository is not mistaken for an old server without the build-status resource.
    const status = await failure(api.publishStatus(HEAD, decorations(HEAD).status, {}));
    expect(status.message).toMatch(/could not set the build status .* check REPOSITORY/);
    expect(h!.fake.requests.some((r) => r.operation === 'legacy-builds.create')).toBe(false);
    // Nor for "no pull request yet" when looking one up by commit.
    await expect(api.pullRequestsForCommit(HEAD)).rejects.toThrow(/check REPOSITORY/);
    await expect(api.pullRequestsForBranch('feature')).rejects.toThrow(/check REPOSITORY/);
  });

  it('points at the context path when the server URL lacks it', async () => {
    const { fake, repository } = await setUp();
    const api = h!.api({ repository: { ...repository, baseUrl: fake.origin } });
    const error = await failure(api.publishReport(HEAD, 'sonarqube', decorations(HEAD).insight));
    expect(error.message).toMatch(/404.*context path of the server URL, e\.g\. https:\/\/host\/bitbucket/);
    expect(await api.getPullRequest(3)).toBeUndefined();
  });
});
