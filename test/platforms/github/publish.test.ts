import { afterEach, describe, expect, it } from '@jest/globals';
import { sequentialRoundTrips } from '../../fakes/critical-path.js';
import { fakeSha, GITHUB_APP_BOT, GITHUB_REVIEWER, type GitHubFake } from '../../fakes/github/index.js';
import { hasShared } from '../../support/paths.js';
import { ALL, annotation, BRANCH, commentBody, commentWrites, decorations, githubRun, HEAD, PR_ID, REPO, REPORT_ID, run, startFake } from './harness.js';

let gh: GitHubFake;

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

describe('GitHub: publishing a run', () => {
  (hasShared ? it : it.skip)('validates request bodies against the vendor spec', async () => {
    gh = await startFake();
    expect(gh.specValidation.enabled).toBe(true);
  });

  it('first run: finds the PR by commit, creates the comment, a check run with annotations and a commit status', async () => {
    gh = await startFake();
    const result = await run(githubRun(gh), decorations(), { branch: BRANCH });

    expect(result.pullRequests).toEqual([PR_ID]);
    expect(result.published).toEqual(
      expect.arrayContaining([
        `comment created on PR #${PR_ID}`,
        `check run "${REPORT_ID}" on ${HEAD.slice(0, 12)} with 3 annotations (1 lower-severity annotations left out: platform limit)`,
        `commit status "${REPORT_ID}" (failure) on ${HEAD.slice(0, 12)}`,
      ]),
    );
    expect(gh.state.comments(REPO, PR_ID).map((c) => ({ body: c.body, login: c.user.login }))).toEqual([{ body: decorations().comment.markdown, login: 'github-actions[bot]' }]);

    const [checkRun, ...others] = gh.state.checkRuns(REPO, HEAD);
    expect(others).toEqual([]);
    expect(checkRun).toMatchObject({
      name: 'SonarQube quality gate',
      externalId: REPORT_ID,
      status: 'completed',
      conclusion: 'failure',
      detailsUrl: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=7',
      output: { title: 'SonarQube quality gate', summary: expect.stringContaining('Coverage on New Code 82.5% < 85%') },
    });
    // A finding without a file cannot be annotated on GitHub: the summary says so.
    expect(checkRun!.output.summary).toContain('1 annotation without a file left out');
    expect(checkRun!.annotations.map((a) => [a.path, a.start_line, a.end_line, a.annotation_level, a.title, a.message])).toEqual([
      ['src/file1.ts', 2, 2, 'failure', 'Code smell (critical)', 'Issue number 1'],
      ['src/file2.ts', 3, 3, 'warning', 'Code smell (medium)', 'Issue number 2'],
      // A file-level finding goes on line 1: GitHub requires lines.
      ['src/file4.ts', 1, 1, 'notice', 'Code smell (low)', 'Issue number 4'],
    ]);

    expect(gh.state.latestStatuses(REPO, HEAD).map((s) => ({ state: s.state, context: s.context, description: s.description, targetUrl: s.targetUrl }))).toEqual([
      { state: 'failure', context: REPORT_ID, description: 'Quality gate failed: 2 of 5 conditions failed', targetUrl: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=7' },
    ]);
    // Every request names GitHub's media type and API version.
    for (const q of gh.requests) expect(q.headers).toMatchObject({ accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' });
    expect(gh.requests.every((q) => q.identity === 'github-actions[bot]')).toBe(true);
  });

  it('a re-run with nothing changed writes no comment; a changed body updates it in place', async () => {
    gh = await startFake();
    await run(githubRun(gh), decorations(), { branch: BRANCH });
    const [first] = gh.state.comments(REPO, PR_ID);
    let before = gh.requests.length;

    const same = await run(githubRun(gh), decorations(), { branch: BRANCH }, ['comment']);
    expect(same.published).toEqual([`comment unchanged on PR #${PR_ID}`]);
    expect(commentWrites(gh.requests.slice(before))).toEqual([]);

    // The check run this run creates names our App: the comment is recognised and updated in place.
    before = gh.requests.length;
    await run(githubRun(gh), decorations({ comment: '## Quality gate passed' }), { branch: BRANCH }, ['comment', 'insights']);
    expect(commentWrites(gh.requests.slice(before)).map((q) => q.operation)).toEqual(['comments.update']);
    expect(gh.state.comments(REPO, PR_ID).map((c) => ({ id: c.id, body: c.body }))).toEqual([{ id: first!.id, body: commentBody('## Quality gate passed') }]);
  });

  it('1,000 annotations: one POST with 50, then 19 PATCHes of 50, every one on the check run; more are left out, least severe first', async () => {
    gh = await startFake();
    const many = Array.from({ length: 1005 }, (_, i) => annotation(i, i < 1000 ? 'high' : 'info'));
    const result = await run(githubRun(gh), decorations({ annotations: many }), {}, ['insights']);

    expect(result.published).toEqual([expect.stringContaining('with 1000 annotations (5 lower-severity annotations left out: platform limit)')]);
    const writes = gh.requests.filter((q) => q.operation === 'checkRuns.create' || q.operation === 'checkRuns.update');
    expect(writes.map((q) => q.operation)).toEqual(['checkRuns.create', ...Array<string>(19).fill('checkRuns.update')]);
    const [checkRun] = gh.state.checkRuns(REPO, HEAD);
    expect(checkRun!.annotations.map((a) => a.message).sort()).toEqual(many.slice(0, 1000).map((a) => a.message).sort());
    expect(checkRun!.output.summary).toContain('5 lower-severity annotations were left out: GitHub shows at most 1,000 per report.');
  });

  it('follows the Link header through small pages: pull requests by branch, and comments', async () => {
    gh = await startFake({ maxPerPage: 2 });
    for (let n = 20; n < 25; n++) gh.state.addPullRequest(REPO, { number: n, headRef: `other-${n}` });
    gh.state.addPullRequest(REPO, { number: 30, headRef: BRANCH, headSha: HEAD });
    gh.state.addPullRequest(REPO, { number: 31, headRef: BRANCH, headSha: fakeSha('elsewhere') });
    for (let i = 0; i < 5; i++) gh.state.addComment(REPO, 30, { body: `review ${i}` });
    const r = githubRun(gh);
    await run(r, decorations(), { commit: HEAD, branch: BRANCH }, ['comment']);
    await run(r, decorations({ comment: 'second' }), { commit: HEAD, branch: BRANCH }, ['comment']);

    for (const pr of [PR_ID, 30]) expect(gh.state.comments(REPO, pr).filter((c) => c.user.login === 'github-actions[bot]').map((c) => c.body)).toEqual([commentBody('second')]);
    expect(gh.requests.some((q) => q.operation === 'comments.list' && q.query['page'] === '3')).toBe(true);

    const byBranch = await r.api.pullRequestsForBranch(BRANCH);
    expect(byBranch.map((pr) => pr.id).sort((a, b) => a - b)).toEqual([PR_ID, 30, 31]);
    expect(gh.requests.filter((q) => q.operation === 'pulls.list').map((q) => [q.query['head'], q.query['page']])).toEqual([
      [`acme:${BRANCH}`, undefined],
      [`acme:${BRANCH}`, '2'],
    ]);
    // A commit GitHub does not know answers 422: the lookup is unavailable and the publisher asks by branch.
    expect((await r.api.pullRequestsForCommit(fakeSha('never pushed'))).available).toBe(false);
  });

  it('reads the pages after the first at once, and after a create asks only for what changed since the list', async () => {
    // The reviews were written ten minutes ago.
    let ago = 10 * 60_000;
    gh = await startFake({ maxPerPage: 2, clock: () => new Date(Date.now() - ago) });
    for (let i = 0; i < 5; i++) gh.state.addComment(REPO, PR_ID, { body: `review ${i}` });
    ago = 0;
    // Requests sent together overlap on the server only when each takes a moment.
    gh.setFault({ kind: 'latency', ms: 40 });
    await run(githubRun(gh), decorations(), { pullRequest: PR_ID }, ['comment']);

    const lists = gh.requests.filter((q) => q.operation === 'comments.list');
    const full = lists.filter((q) => q.query['since'] === undefined);
    expect(full.map((q) => q.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    // Pages 2 and 3 go together once page 1 names the last: two round trips, not three.
    expect(sequentialRoundTrips(full)).toBe(2);
    // The check for a concurrent duplicate: one request, for what changed since a minute before the list.
    const [check, ...more] = lists.filter((q) => q.query['since'] !== undefined);
    expect(more).toEqual([]);
    expect(Date.parse(String(check!.query['since']))).toBeLessThanOrEqual(Date.parse(gh.state.comments(REPO, PR_ID).at(-1)!.createdAt));
    expect(gh.state.comments(REPO, PR_ID).filter((c) => c.user.login === 'github-actions[bot]').map((c) => c.body)).toEqual([decorations().comment.markdown]);
  });

  it("never touches a person's comment that quotes our marker", async () => {
    gh = await startFake();
    const quoted = gh.state.addComment(REPO, PR_ID, { body: `I saw this:\n\n${decorations().comment.markdown}` });
    const copied = gh.state.addComment(REPO, PR_ID, { body: decorations().comment.markdown, user: GITHUB_REVIEWER });

    await run(githubRun(gh), decorations({ comment: 'new result' }), { pullRequest: PR_ID }, ['comment']);
    await run(githubRun(gh), decorations({ comment: 'newer result' }), { pullRequest: PR_ID }, ['comment']);

    expect(gh.state.comments(REPO, PR_ID).map((c) => ({ id: c.id, login: c.user.login, body: c.body }))).toEqual([
      { id: quoted.id, login: GITHUB_REVIEWER.login, body: quoted.body },
      { id: copied.id, login: GITHUB_REVIEWER.login, body: copied.body },
      { id: expect.any(Number), login: 'github-actions[bot]', body: commentBody('newer result') },
    ]);
    const touched = commentWrites(gh.requests).filter((q) => q.path.endsWith(`/${quoted.id}`) || q.path.endsWith(`/${copied.id}`));
    expect(touched).toEqual([]);
  });
});

describe('GitHub: tokens', () => {
  it('a personal access token: finds its own comment by its login, and publishes a commit status in place of the refused check run, with one warning', async () => {
    gh = await startFake();
    const r = githubRun(gh, gh.credentials.pat);
    await run(r, decorations(), { branch: BRANCH }, ['comment', 'insights']);
    const result = await run(r, decorations({ comment: 'again' }), { branch: BRANCH }, ['comment', 'insights']);

    expect(result.published).toContain(`comment updated on PR #${PR_ID}`);
    // What the platform holds is said as what it is: a status, not a check run with 0 annotations.
    expect(result.published).toContain(`commit status "${REPORT_ID}" (failure), without annotations: a personal access token cannot create check runs on ${HEAD.slice(0, 12)}, in place of the check run`);
    expect(gh.state.comments(REPO, PR_ID).map((c) => ({ login: c.user.login, body: c.body }))).toEqual([{ login: 'ci-person', body: commentBody('again') }]);
    expect(gh.state.checkRuns(REPO, HEAD)).toEqual([]);
    expect(gh.state.latestStatuses(REPO, HEAD).map((s) => ({ state: s.state, context: s.context, description: s.description }))).toEqual([
      { state: 'failure', context: REPORT_ID, description: 'Quality gate failed' },
    ]);
    // Once per run: the refused POST is not retried.
    expect(gh.requests.filter((q) => q.operation === 'checkRuns.create').map((q) => q.status)).toEqual([403, 403]);
    expect(r.lines.filter((l) => l.startsWith('warn:'))).toEqual([
      expect.stringContaining('a personal access token cannot create check runs'),
      expect.stringContaining('a personal access token cannot create check runs'),
    ]);
  });

  it('a personal access token with the status step too posts that status once, not a second one', async () => {
    gh = await startFake();
    await run(githubRun(gh, gh.credentials.pat), decorations(), { branch: BRANCH }, ALL);
    expect(gh.state.statuses(REPO, HEAD).map((s) => s.description)).toEqual(['Quality gate failed: 2 of 5 conditions failed']);
  });

  it("a read-only token (a fork's pull_request) is refused with the permission to grant named", async () => {
    gh = await startFake();
    const error = await run(githubRun(gh, gh.credentials.readOnly), decorations(), { pullRequest: PR_ID }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('`pull-requests: write`');
    expect(message).toContain('`checks: write`');
    expect(message).toContain('`statuses: write`');
    expect(message).toContain("workflow's `permissions:` block");
    expect(message).toContain('Resource not accessible by integration');
    expect(message).not.toContain(gh.credentials.readOnly);
  });

  it('a bad token names TOKEN', async () => {
    gh = await startFake();
    const error = await run(githubRun(gh, 'not-a-token'), decorations(), { pullRequest: PR_ID }, ['status']).catch((e: unknown) => e);
    expect((error as Error).message).toContain('TOKEN is missing, invalid or expired');
    expect((error as Error).message).not.toContain('not-a-token');
  });

  it("a GitHub App installation token learns its bot's login from the check run and the comment it creates", async () => {
    gh = await startFake();
    const r = githubRun(gh, gh.credentials.app);
    await run(r, decorations(), { pullRequest: PR_ID }, ['insights']);
    await run(r, decorations(), { pullRequest: PR_ID }, ['comment']);
    await run(r, decorations({ comment: 'changed' }), { pullRequest: PR_ID }, ['comment']);
    expect(gh.state.comments(REPO, PR_ID).map((c) => ({ login: c.user.login, body: c.body }))).toEqual([{ login: 'pr-insights-app[bot]', body: commentBody('changed') }]);
  });
});

describe('GitHub: an installation token that has not learned its login yet', () => {
  it('an earlier comment of the App is recognised by the author of the new one: it keeps its place and takes the new body', async () => {
    // Written by a run a day ago: older than anything the check after the create lists by time.
    let ago = 86_400_000;
    gh = await startFake({ clock: () => new Date(Date.now() - ago) });
    const earlier = gh.state.addComment(REPO, PR_ID, { body: commentBody('old result'), user: GITHUB_APP_BOT });
    ago = 0;
    const r = githubRun(gh, gh.credentials.app);

    const result = await run(r, decorations({ comment: 'new result' }), { pullRequest: PR_ID }, ['comment']);

    expect(result.published).toEqual([`comment updated on PR #${PR_ID}`]);
    expect(gh.state.comments(REPO, PR_ID).map((c) => ({ id: c.id, body: c.body }))).toEqual([{ id: earlier.id, body: commentBody('new result') }]);
  });

  it('with the check run in the same run, waits for the App it names instead of posting a second comment', async () => {
    gh = await startFake();
    const earlier = gh.state.addComment(REPO, PR_ID, { body: commentBody('old result'), user: GITHUB_APP_BOT });
    const before = gh.requests.length;

    await run(githubRun(gh, gh.credentials.app), decorations({ comment: 'new result' }), { pullRequest: PR_ID }, ['comment', 'insights']);

    expect(commentWrites(gh.requests.slice(before)).map((q) => q.operation)).toEqual(['comments.update']);
    expect(gh.state.comments(REPO, PR_ID).map((c) => ({ id: c.id, body: c.body }))).toEqual([{ id: earlier.id, body: commentBody('new result') }]);
  });
});

describe('GitHub Enterprise Server', () => {
  it('works below /api/v3', async () => {
    gh = await startFake({ basePath: '/api/v3' });
    const result = await run(githubRun(gh), decorations(), { branch: BRANCH });
    expect(result.published).toHaveLength(3);
    expect(gh.requests.every((q) => q.path.startsWith('/api/v3/'))).toBe(true);
    expect(gh.state.comments(REPO, PR_ID)).toHaveLength(1);
    expect(gh.state.checkRuns(REPO, HEAD)).toHaveLength(1);
  });
});
