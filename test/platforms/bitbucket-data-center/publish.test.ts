/** The adapter under the real publisher, end to end over loopback HTTP against the Data Center fake. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { publish, type PublishTarget } from '../../../src/publish/publish.js';
import { findMarker } from '../../../src/render/marker.js';
import type { Decoration } from '../../../src/settings/settings.js';
import { CommentConflictError, type PlatformApi } from '../../../src/platforms/platform.js';
import { DC_BOT_USER, DC_OTHER_USER, fakeSha } from '../../fakes/index.js';
import { hasShared } from '../../support/paths.js';
import { annotations, COMMENT_WRITES, decorations, operations, REPORT_ID, startHarness, type Harness } from './harness.js';

const HEAD = fakeSha('feature-head');
const ALL: Decoration[] = ['comment', 'insights', 'status'];

let h: Harness | undefined;

afterEach(async () => {
  if (!h) return;
  const { fake } = h;
  await h.close();
  h = undefined;
  // Every body the client sent passed the vendor's OpenAPI description.
  expect(fake.violations).toEqual([]);
  expect(fake.specValidation.enabled).toBe(hasShared);
});

async function setUp(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  h = await startHarness(options);
  h.fake.state.addPullRequest(h.repo, { id: 3, fromBranch: 'feature', fromCommit: HEAD });
  return h;
}

const target = (over: Partial<PublishTarget> = {}): PublishTarget => ({ commit: HEAD, pullRequest: 3, branch: 'feature', ...over });

describe.each([
  { contextPath: '/bitbucket', project: 'PRJ' },
  { contextPath: '/bitbucket', project: '~jdoe' },
  { contextPath: '', project: 'PRJ' },
])('publishing to $project under context path "$contextPath"', ({ contextPath, project }) => {
  it('posts the comment, the report with its annotations and the build status; a re-run writes no comment; a change updates it in place', async () => {
    const { fake, repo, log } = await setUp({ contextPath, project });
    const api = h!.api();

    const first = await publish(api, decorations(HEAD), target(), ALL, log);
    expect(first.published).toEqual(
      expect.arrayContaining([expect.stringContaining('comment created on PR #3'), expect.stringContaining('with 3 annotations'), expect.stringContaining('build status')]),
    );

    const [comment, ...others] = fake.state.comments(repo, 3);
    expect(others).toEqual([]);
    expect(comment).toMatchObject({ version: 0, author: DC_BOT_USER });
    expect(findMarker(comment!.text)).toEqual({ reportId: REPORT_ID, commit: HEAD });

    expect(fake.state.report(repo, HEAD, REPORT_ID)?.fields).toEqual({
      title: 'SonarQube quality gate',
      details: 'Quality gate failed\n- Coverage 41.0% < 80%',
      result: 'FAIL',
      reporter: 'pr-insights',
      link: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=3',
      data: [
        { title: 'New issues', type: 'NUMBER', value: 3 },
        { title: 'Coverage', type: 'PERCENTAGE', value: 41 },
        { title: 'Analysis', type: 'LINK', value: { linktext: 'Open in SonarQube', href: 'https://sonar.example.com/dashboard?id=widgets' } },
      ],
    });
    expect(fake.state.annotations(repo, HEAD, REPORT_ID)).toEqual([
      { externalId: expect.stringMatching(/^critical-0~[0-9a-f]{12}$/), message: 'critical finding 0', severity: 'HIGH', type: 'VULNERABILITY', path: 'src/critical.ts', line: 1, link: 'https://sonar.example.com/issue/critical-0' },
      { externalId: expect.stringMatching(/^medium-0~[0-9a-f]{12}$/), message: 'medium finding 0', severity: 'MEDIUM', type: 'CODE_SMELL', path: 'src/medium.ts', line: 1, link: 'https://sonar.example.com/issue/medium-0' },
      { externalId: expect.stringMatching(/^info-0~[0-9a-f]{12}$/), message: 'info finding 0', severity: 'LOW', type: 'CODE_SMELL', path: 'src/info.ts', line: 1, link: 'https://sonar.example.com/issue/info-0' },
    ]);
    expect(fake.state.buildStatus(HEAD, REPORT_ID)?.fields).toEqual({
      key: REPORT_ID,
      state: 'FAILED',
      url: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=3',
      name: 'SonarQube',
      description: 'Quality gate failed: 1 of 4 conditions failed',
      ref: 'refs/heads/feature',
    });

    // Everything under the context path's REST root, with the XSRF opt-out on every request.
    for (const r of fake.requests) {
      expect(r.path.startsWith(`${contextPath}/rest/`)).toBe(true);
      expect(r.headers['x-atlassian-token']).toBe('no-check');
    }

    // Nothing changed: the comment is left alone, the report replaced without duplicating annotations.
    const before = fake.requests.length;
    const again = await publish(api, decorations(HEAD), target(), ALL, log);
    expect(again.published).toContain('comment unchanged on PR #3');
    expect(operations(fake, before).filter((op) => COMMENT_WRITES.includes(op))).toEqual([]);
    expect(fake.state.annotations(repo, HEAD, REPORT_ID)).toHaveLength(3);

    // A new body: the same comment, updated with the version it was read at.
    const mark = fake.requests.length;
    await publish(api, decorations(HEAD, { text: '## Quality gate passed' }), target(), ['comment'], log);
    const update = fake.requests.slice(mark).find((r) => r.operation === 'comments.update');
    expect(update?.body).toEqual({ text: expect.stringContaining('Quality gate passed'), version: 0 });
    expect(fake.state.comments(repo, 3)).toEqual([expect.objectContaining({ id: comment!.id, version: 1, text: expect.stringContaining('Quality gate passed') })]);
  });
});

describe('the sticky comment', () => {
  it('re-reads and succeeds when the comment changed between reading and updating it (409)', async () => {
    const { fake, repo, log } = await setUp();
    await publish(h!.api(), decorations(HEAD), target(), ['comment'], log);

    // A second writer (another run, an edit in the UI) moves the comment on right after our read.
    const api = h!.api();
    let interfered = false;
    const racing: PlatformApi = {
      ...api,
      listComments: async (pr) => {
        const listed = await api.listComments(pr);
        if (!interfered) {
          interfered = true;
          const stored = fake.state.comments(repo, 3)[0]!;
          stored.text = `${stored.text}\n(edited)`;
          stored.version += 1;
        }
        return listed;
      },
    };
    const mark = fake.requests.length;
    const result = await publish(racing, decorations(HEAD, { text: '## Quality gate passed' }), target(), ['comment'], log);

    expect(result.published).toEqual(['comment updated on PR #3']);
    expect(fake.requests.slice(mark).filter((r) => r.operation === 'comments.update').map((r) => r.status)).toEqual([409, 200]);
    expect(fake.state.comments(repo, 3)).toEqual([expect.objectContaining({ version: 2, text: expect.stringContaining('Quality gate passed') })]);
  });

  it('leaves one comment when two runs publish at the same time', async () => {
    const { fake, repo, log } = await setUp();
    await Promise.all([
      publish(h!.api(), decorations(HEAD), target(), ['comment', 'status'], log),
      publish(h!.api(), decorations(HEAD), target(), ['comment', 'status'], log),
    ]);
    const left = fake.state.comments(repo, 3);
    expect(left).toHaveLength(1);
    // When both runs created one, the newer was removed (by whichever run looked first): the oldest survives.
    const created = operations(fake).filter((op) => op === 'comments.create').length;
    const removed = fake.requests.filter((r) => r.operation === 'comments.delete' && r.status === 204).map((r) => Number(r.path.split('/').pop()));
    expect(removed).toHaveLength(created - 1);
    for (const id of removed) expect(left[0]!.id).toBeLessThan(id);
    expect(findMarker(left[0]!.text)?.reportId).toBe(REPORT_ID);
  });

  it('leaves the comment alone for a commit that is no longer the head of the pull request', async () => {
    const { fake, repo, log } = await setUp();
    const old = fakeSha('feature-older');
    fake.state.pullRequest(repo, 3)!.commits.push(old);
    await publish(h!.api(), decorations(HEAD), target(), ['comment'], log);

    const mark = fake.requests.length;
    const result = await publish(h!.api(), decorations(old, { text: 'stale' }), target({ commit: old, pullRequest: undefined }), ['comment'], log);
    expect(result.skipped).toEqual([expect.stringContaining('a newer commit is the PR\'s head')]);
    expect(operations(fake, mark).filter((op) => COMMENT_WRITES.includes(op))).toEqual([]);
    expect(fake.state.comments(repo, 3)[0]?.text).not.toContain('stale');
  });

  it('finds the pull request by commit, and by branch when the commit is in none', async () => {
    const { fake, repo, log } = await setUp();
    fake.state.addPullRequest(repo, { id: 4, fromBranch: 'feature', state: 'DECLINED', commits: [HEAD] });
    fake.state.addPullRequest(repo, { id: 5, fromBranch: 'other' });

    const byCommit = await publish(h!.api(), decorations(HEAD), target({ pullRequest: undefined, branch: undefined }), ['comment'], log);
    expect(byCommit.pullRequests).toEqual([3]);

    // A head the server has not linked to any pull request yet: the branch finds #3.
    const newer = fakeSha('feature-newer');
    fake.state.pullRequest(repo, 3)!.fromCommit = newer;
    const mark = fake.requests.length;
    const byBranch = await publish(h!.api(), decorations(newer, { text: 'newer' }), target({ commit: newer, pullRequest: undefined }), ['comment'], log);
    expect(byBranch.pullRequests).toEqual([3]);
    expect(byBranch.published).toEqual(['comment updated on PR #3']);
    const branchLookup = fake.requests.slice(mark).find((r) => r.operation === 'pull-requests.list');
    expect(branchLookup?.query).toMatchObject({ at: 'refs/heads/feature', direction: 'OUTGOING', state: 'OPEN' });
  });

  it('reads every page of a long activity stream (60 comments, pages of at most 7)', async () => {
    const { fake, repo, log } = await setUp({ fake: { defaultLimit: 5, maxLimit: 7 } });
    await publish(h!.api(), decorations(HEAD), target(), ['comment'], log);
    const ours = fake.state.comments(repo, 3)[0]!;
    for (let i = 0; i < 60; i++) fake.state.addComment(repo, 3, { text: `review remark ${i}` });

    const mark = fake.requests.length;
    const result = await publish(h!.api(), decorations(HEAD, { text: 'changed' }), target(), ['comment'], log);
    expect(result.published).toEqual(['comment updated on PR #3']);
    const pages = fake.requests.slice(mark).filter((r) => r.operation === 'activities.list');
    // 62 activities (opened + 61 comments), newest first: ours is on the last page.
    expect(pages.map((r) => r.query['start'])).toEqual(['0', '7', '14', '21', '28', '35', '42', '49', '56']);
    expect(fake.state.comments(repo, 3).filter((c) => findMarker(c.text))).toEqual([expect.objectContaining({ id: ours.id, text: expect.stringContaining('changed') })]);
  });
});

describe('the Code Insights report', () => {
  it('sends the 1,000 most severe of 1,500 annotations and says in the details that 500 were left out', async () => {
    const { fake, repo, log } = await setUp();
    const many = annotations({ critical: 200, high: 300, medium: 400, low: 300, info: 300 });
    const result = await publish(h!.api(), decorations(HEAD, { insight: { annotations: many } }), target(), ['insights'], log);

    expect(result.published).toEqual([expect.stringContaining('with 1000 annotations (500 lower-severity annotations left out')]);
    const stored = fake.state.annotations(repo, HEAD, REPORT_ID);
    expect(stored).toHaveLength(1000);
    const bySeverity = (s: string) => stored.filter((a) => a['severity'] === s).length;
    expect([bySeverity('HIGH'), bySeverity('MEDIUM'), bySeverity('LOW')]).toEqual([500, 400, 100]);
    expect(stored.some((a) => String(a['externalId']).startsWith('info-'))).toBe(false);
    expect(fake.state.report(repo, HEAD, REPORT_ID)?.fields['details']).toMatch(/500 lower-severity annotations were left out/);
    expect(fake.requests.filter((r) => r.operation === 'annotations.create')).toHaveLength(1);

    // A re-run replaces them: old annotations never linger or pile up past the cap.
    await publish(h!.api(), decorations(HEAD, { insight: { annotations: annotations({ high: 2 }) } }), target(), ['insights'], log);
    expect(fake.state.annotations(repo, HEAD, REPORT_ID).map((a) => String(a['externalId']).replace(/~[0-9a-f]{12}$/, ''))).toEqual(['high-0', 'high-1']);
  });

  it('leaves the annotations of an unchanged re-run where they are, and replaces changed ones without doubling them', async () => {
    const { fake, repo, log } = await setUp();
    const three = annotations({ high: 1, medium: 1, low: 1 });
    await publish(h!.api(), decorations(HEAD, { insight: { annotations: three } }), target(), ['insights'], log);
    const stored = fake.state.annotations(repo, HEAD, REPORT_ID);
    expect(stored).toHaveLength(3);

    // Unchanged: the report is put and its annotations read, together, and that is all.
    let mark = fake.requests.length;
    const again = await publish(h!.api(), decorations(HEAD, { insight: { annotations: three } }), target(), ['insights'], log);
    expect(operations(fake, mark).sort()).toEqual(['annotations.list', 'reports.put']);
    expect(again.published).toEqual([expect.stringContaining('with 3 annotations (already there from an earlier run of this commit, not sent again)')]);
    expect(fake.state.annotations(repo, HEAD, REPORT_ID)).toEqual(stored);

    // One message changed: cleared, posted, read back; one set, the new one.
    const changed = three.map((a, i) => (i === 1 ? { ...a, message: `${a.message}, now worse` } : a));
    mark = fake.requests.length;
    await publish(h!.api(), decorations(HEAD, { insight: { annotations: changed } }), target(), ['insights'], log);
    expect(operations(fake, mark)).toEqual(expect.arrayContaining(['annotations.delete', 'annotations.create']));
    const now = fake.state.annotations(repo, HEAD, REPORT_ID);
    expect(now.map((a) => a['message'])).toEqual(changed.map((a) => a.message));
    expect(new Set(now.map((a) => String(a['externalId']).split('~')[1])).size).toBe(1);
    expect(now[0]!['externalId']).not.toBe(stored[0]!['externalId']);

    // None left to show: the old ones go.
    await publish(h!.api(), decorations(HEAD, { insight: { annotations: [] } }), target(), ['insights'], log);
    expect(fake.state.annotations(repo, HEAD, REPORT_ID)).toEqual([]);
  });

  it('cuts an over-long title, reporter, details and message to the server limits', async () => {
    const { fake, repo, log } = await setUp();
    const long = (n: number) => 'x'.repeat(n);
    const [first] = annotations({ high: 1 });
    await publish(
      h!.api(),
      decorations(HEAD, { insight: { title: long(600), reporter: long(500), details: long(5000), annotations: [{ ...first!, message: long(3000) }] } }),
      target(),
      ['insights'],
      log,
    );
    const fields = fake.state.report(repo, HEAD, REPORT_ID)!.fields;
    expect([(fields['title'] as string).length, (fields['reporter'] as string).length, (fields['details'] as string).length]).toEqual([450, 450, 2000]);
    expect(fields['title']).toMatch(/…$/);
    const [annotation] = fake.state.annotations(repo, HEAD, REPORT_ID);
    expect((annotation!['message'] as string).length).toBe(2000);
  });

  it('refuses a short commit id before sending anything', async () => {
    const { fake } = await setUp();
    const api = h!.api();
    await expect(api.publishReport('abc1234', REPORT_ID, decorations(HEAD).insight)).rejects.toThrow(/full 40-character commit SHA.*"abc1234"/);
    await expect(api.publishStatus('abc1234', decorations(HEAD).status, {})).rejects.toThrow(/full 40-character commit SHA/);
    expect(fake.requests).toEqual([]);
  });
});

describe('the build status', () => {
  it('falls back to the legacy build-status API on servers before 7.14, once per run', async () => {
    const { fake, log } = await setUp({ fake: { legacyBuildStatusOnly: true } });
    const api = h!.api();
    await publish(api, decorations(HEAD), target(), ['status'], log);
    await publish(api, decorations(HEAD, { status: { state: 'success' } }), target(), ['status'], log);

    expect(operations(fake)).toEqual(['builds.create', 'legacy-builds.create', 'legacy-builds.create']);
    expect(fake.requests[1]?.path).toBe(`/bitbucket/rest/build-status/1.0/commits/${HEAD}`);
    expect(fake.state.buildStatus(HEAD, REPORT_ID)?.fields).toEqual({
      key: REPORT_ID,
      state: 'SUCCESSFUL',
      url: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=3',
      name: 'SonarQube',
      description: 'Quality gate failed: 1 of 4 conditions failed',
    });
  });

  it('links the repository page when the decoration has no URL (the server requires one)', async () => {
    const { fake, log } = await setUp({ project: '~jdoe' });
    await publish(h!.api(), decorations(HEAD, { status: { url: undefined } }), target({ branch: undefined }), ['status'], log);
    expect(fake.state.buildStatus(HEAD, REPORT_ID)?.fields).toMatchObject({ url: `${fake.url}/users/jdoe/repos/repo` });
    expect(fake.state.buildStatus(HEAD, REPORT_ID)?.fields['ref']).toBeUndefined();
  });
});

describe('whose comment it is', () => {
  it('never takes a reviewer\'s comment that quotes our marker for ours', async () => {
    const { fake, repo, log } = await setUp();
    const quoted = decorations(HEAD).comment.markdown;
    fake.state.addComment(repo, 3, { text: quoted, author: DC_OTHER_USER });
    await publish(h!.api(), decorations(HEAD, { text: 'ours' }), target(), ['comment'], log);
    const comments = fake.state.comments(repo, 3);
    expect(comments).toHaveLength(2);
    expect(comments.find((c) => c.author.slug === DC_OTHER_USER.slug)?.text).toBe(quoted);
  });

  it('is a CommentConflictError to update or delete from a stale version; deleting a gone comment is fine', async () => {
    const { fake, repo } = await setUp();
    const api = h!.api();
    const created = await api.createComment(3, 'hello');
    fake.state.comments(repo, 3)[0]!.version = 5;
    await expect(api.updateComment(3, created, 'again')).rejects.toBeInstanceOf(CommentConflictError);
    await expect(api.deleteComment(3, created)).rejects.toBeInstanceOf(CommentConflictError);
    await api.deleteComment(3, { ...created, revision: 5 });
    await api.deleteComment(3, { ...created, revision: 5 });
    expect(fake.state.comments(repo, 3)).toEqual([]);
  });
});
