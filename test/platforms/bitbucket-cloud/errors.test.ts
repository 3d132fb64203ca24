import { afterEach, describe, expect, it } from '@jest/globals';
import { PublishError } from '../../../src/core/errors.js';
import { PlatformOperationError } from '../../../src/platforms/core/failure.js';
import type { BitbucketCloudFake, BitbucketCloudOptions } from '../../fakes/index.js';
import { ALL, cloudRun, decorations, HEAD, PR_ID, REPO, REPORT_ID, run, startCloud, type Run } from './harness.js';

let cloud: BitbucketCloudFake | undefined;
const runs: Run[] = [];

async function setup(options: BitbucketCloudOptions = {}, runOptions: Parameters<typeof cloudRun>[1] = {}): Promise<Run> {
  cloud = await startCloud(options);
  const r = cloudRun(cloud.url, runOptions);
  runs.push(r);
  return r;
}

afterEach(async () => {
  runs.length = 0;
  expect(cloud?.violations).toEqual([]);
  await cloud?.close();
});

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('Bitbucket Cloud: errors say what to do, and never show a secret', () => {
  it('401: a wrong token', async () => {
    const secret = 'wrong-token-9f8e7d6c5b4a';
    const r = await setup({}, { auth: { kind: 'bearer', token: secret } });

    const error = await failure(run(r, decorations(), { pullRequest: PR_ID }, ALL));

    expect(error).toBeInstanceOf(PublishError);
    expect(error.message).toMatch(/^Nothing was published\./);
    for (const step of ['comment', 'insights', 'status']) {
      expect(error.message).toMatch(new RegExp(`${step}: could not [^;]*TOKEN \\(or USERNAME and PASSWORD\\) is missing, invalid or expired`));
    }
    expect(error.message).not.toContain(secret);
    expect(r.lines.join('\n')).not.toContain(secret);
  });

  it('401: a wrong Atlassian API token, in no encoding', async () => {
    const password = 'ATATT-not-the-right-one-123';
    const r = await setup({}, { auth: { kind: 'basic', username: 'dev@example.com', password } });

    const error = await failure(r.api.publishReport(HEAD, REPORT_ID, decorations().insight));

    const shown = `${error.message}\n${r.lines.join('\n')}`;
    for (const form of [password, Buffer.from(`dev@example.com:${password}`).toString('base64'), encodeURIComponent(password)]) expect(shown).not.toContain(form);
    expect(error.message).toContain('is missing, invalid or expired');
  });

  it('403 on the comment names the pullrequest scope; the report and the status still go out', async () => {
    const r = await setup({ identities: [{ user: { uuid: '{1}', display_name: 'repo token' }, bearer: 'cloud-repository-access-token', scopes: ['repository:write'] }] });

    const error = await failure(run(r, decorations(), { pullRequest: PR_ID }, ALL));

    expect(error).toBeInstanceOf(PublishError);
    // Only the comment is listed as not published: the report and the status went out.
    expect(error.message).toMatch(/Not published: comment: /);
    expect((error as PublishError).failures).toHaveLength(1);
    expect(error.message).toContain('comment: could not read pull request #7 of acme/widgets');
    expect(error.message).toContain('the credentials lack the pullrequest scope');
    expect(cloud!.state.report(REPO, HEAD, REPORT_ID)).toBeDefined();
  });

  it('403 on writing a comment names the pullrequest scope', async () => {
    const r = await setup({ scopeRequirements: { 'comments.create': 'pullrequest:write' }, identities: [{ user: { uuid: '{1}', display_name: 't' }, bearer: 'cloud-repository-access-token', scopes: ['pullrequest'] }] });

    const error = await failure(r.api.createComment(PR_ID, 'hello'));

    expect(error).toBeInstanceOf(PlatformOperationError);
    expect((error as PlatformOperationError).status).toBe(403);
    expect(error.message).toMatch(/^could not comment on pull request #7: .*403.* — the credentials lack the pullrequest scope \(API token: write:pullrequest:bitbucket\)$/);
  });

  it('403 on the report names the repository scope', async () => {
    const r = await setup({
      scopeRequirements: { 'reports.delete': 'repository:admin', 'statuses.create': 'repository:admin' },
      identities: [{ user: { uuid: '{1}', display_name: 't' }, bearer: 'cloud-repository-access-token', scopes: ['pullrequest:write'] }],
    });

    const insight = await failure(r.api.publishReport(HEAD, REPORT_ID, decorations().insight));
    const status = await failure(r.api.publishStatus(HEAD, decorations().status, {}));

    expect(insight.message).toMatch(/^could not replace the Code Insights report "sonarqube" on [0-9a-f]{12}: .* — the credentials lack the repository scope/);
    expect(status.message).toMatch(/^could not set the build status "sonarqube" on [0-9a-f]{12}: .* — the credentials lack the repository scope/);
  });

  it('404: a repository that does not exist (or is not visible) points at REPOSITORY', async () => {
    const r = await setup({}, { slug: 'no-such-repo' });

    const error = await failure(run(r, decorations(), { pullRequest: PR_ID }, ALL));

    expect(error.message).toContain('insights: could not publish the Code Insights report "sonarqube"');
    expect(error.message).toMatch(/insights: [^;]*Repository acme\/no-such-repo not found[^;]*check REPOSITORY, and that the credentials can see the repository/);
    expect(error.message).toMatch(/status: [^;]*check REPOSITORY/);
    expect(error.message).toMatch(/comment: pull request #7 was not found on Bitbucket Cloud; check PULL_REQUEST and REPOSITORY/);
  });

  it('a lost annotation batch is sent again (the bulk endpoint upserts by external_id)', async () => {
    const r = await setup();
    cloud!.setFault({ kind: 'server-error', status: 503, match: { operation: 'annotations.create' } });

    expect(await r.api.publishReport(HEAD, REPORT_ID, decorations().insight)).toEqual({ annotationsSent: 3, annotationsOmitted: 0 });
    expect(cloud!.state.annotations(REPO, HEAD, REPORT_ID)).toHaveLength(3);
  });
});
