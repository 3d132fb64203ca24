/**
 * Which comments are ours, as different servers tell it: the X-AUSERNAME header real servers send,
 * the Basic username, `permittedOperations` — or nothing at all. And how the activity stream is
 * read: one entry per comment at its latest version, no inline comments, no replies.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { publish } from '../../../src/publish/publish.js';
import { DC_BOT_USER, DC_HUMAN_USER, DC_OTHER_USER, fakeSha } from '../../fakes/index.js';
import { decorations, startHarness, type Harness } from './harness.js';
import { startProxy, type ProxyOptions, type RunningProxy } from './identity-proxy.js';
import { isRecord } from '../../../src/core/records.js';

const HEAD = fakeSha('feature-head');
const target = { commit: HEAD, pullRequest: 3, branch: 'feature' };

let h: Harness | undefined;
let proxy: RunningProxy | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  if (!h) return;
  const { fake } = h;
  await h.close();
  h = undefined;
  expect(fake.violations).toEqual([]);
});

async function setUp(options: ProxyOptions): Promise<Harness> {
  h = await startHarness();
  h.fake.state.addPullRequest(h.repo, { id: 3, fromBranch: 'feature', fromCommit: HEAD });
  proxy = await startProxy(h.fake, options);
  return h;
}

/** Servers that do not say what the caller may do with a comment. */
function withoutPermittedOperations(_path: string, body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value: unknown) => (key === 'permittedOperations' ? undefined : value));
}

describe('whose comments are ours', () => {
  it('trusts X-AUSERNAME (any case): a reviewer\'s older comment carrying our marker is left alone', async () => {
    const { fake, repo, log } = await setUp({ username: 'Repo-Token-Bot', transform: withoutPermittedOperations });
    const quoted = decorations(HEAD).comment.markdown;
    fake.state.addComment(repo, 3, { text: quoted, author: DC_OTHER_USER });

    const api = h!.api({ baseUrl: proxy!.url });
    await publish(api, decorations(HEAD, { text: 'first' }), target, ['comment'], log);
    await publish(api, decorations(HEAD, { text: 'second' }), target, ['comment'], log);

    const comments = fake.state.comments(repo, 3);
    expect(comments.map((c) => [c.author.slug, c.text.split('\n')[0]])).toEqual([
      [DC_OTHER_USER.slug, quoted.split('\n')[0]],
      [DC_BOT_USER.slug, 'second'],
    ]);
  });

  it('uses the Basic username until the server names the user', async () => {
    const { fake, repo, log } = await setUp({ transform: withoutPermittedOperations });
    fake.state.addComment(repo, 3, { text: decorations(HEAD).comment.markdown, author: DC_OTHER_USER });
    fake.state.addComment(repo, 3, { text: decorations(HEAD).comment.markdown, author: DC_HUMAN_USER });
    const api = h!.api({ baseUrl: proxy!.url, auth: { kind: 'basic', ...fake.credentials.basic }, username: 'CI-User' });

    const result = await publish(api, decorations(HEAD, { text: 'updated' }), target, ['comment'], log);
    expect(result.published).toEqual(['comment updated on PR #3']);
    expect(fake.state.comments(repo, 3).map((c) => [c.author.slug, c.text.startsWith('updated')])).toEqual([
      [DC_OTHER_USER.slug, false],
      [DC_HUMAN_USER.slug, true],
    ]);
  });

  it('without any identity, leaves a reviewer’s marked comment alone; ours is recognised by the author of the comment it creates', async () => {
    const { fake, repo, log } = await setUp({ transform: withoutPermittedOperations });
    await publish(h!.api(), decorations(HEAD), target, ['comment'], log);
    const foreign = fake.state.addComment(repo, 3, { text: decorations(HEAD, { text: 'pasted by a reviewer' }).comment.markdown, author: DC_OTHER_USER });

    const api = h!.api({ baseUrl: proxy!.url });
    expect((await api.listComments(3)).map((c) => c.author)).toEqual(['unknown', 'unknown']);

    const result = await publish(api, decorations(HEAD, { text: 'updated' }), target, ['comment'], log);

    expect(result.published).toEqual(['comment updated on PR #3']);
    const comments = fake.state.comments(repo, 3);
    expect(comments.map((c) => [c.author.slug, c.text.split('\n')[0]])).toEqual([
      [DC_BOT_USER.slug, 'updated'],
      [DC_OTHER_USER.slug, 'pasted by a reviewer'],
    ]);
    expect(comments[1]).toMatchObject({ id: foreign.id, version: foreign.version });
  });
});

describe('reading the activity stream', () => {
  it('keeps each comment once, at its highest version, oldest first, without inline comments or replies', async () => {
    const { fake, repo } = await setUp({
      transform: (path, body) => {
        if (!path.endsWith('/activities') || !isRecord(body) || !Array.isArray(body['values'])) return body;
        const values = body['values'].flatMap((a: Record<string, unknown>) => {
          if (a['action'] !== 'COMMENTED' || !isRecord(a['comment'])) return [a];
          const comment = a['comment'];
          // An older snapshot of the same comment in a second activity, as edits produce.
          const stale = { ...a, id: Number(a['id']) + 1000, commentAction: 'EDITED', comment: { ...comment, version: Number(comment['version']) - 1, text: 'stale' } };
          const reply = { ...a, id: Number(a['id']) + 2000, commentAction: 'REPLIED', comment: { ...comment, id: Number(comment['id']) + 2000, parent: { id: comment['id'] }, text: 'a reply' } };
          return [a, stale, reply];
        });
        return { ...body, values };
      },
    });
    const first = fake.state.addComment(repo, 3, { text: 'first' });
    first.version = 2;
    fake.state.addComment(repo, 3, { text: 'on a line', anchor: { path: 'src/a.ts', line: 3, lineType: 'ADDED', fileType: 'TO', diffType: 'EFFECTIVE' } });
    const second = fake.state.addComment(repo, 3, { text: 'second', author: DC_BOT_USER });
    second.version = 1;

    const listed = await h!.api({ baseUrl: proxy!.url }).listComments(3);
    expect(listed).toEqual([
      { id: first.id, body: 'first', revision: 2, author: 'other' },
      { id: second.id, body: 'second', revision: 1, author: 'us' },
    ]);
  });
});

describe('a real server\'s 404 for an unknown commit', () => {
  it('makes the commit lookup "not available", and the branch finds the pull request', async () => {
    const unknown = fakeSha('never-pushed');
    const { log } = await setUp({
      answer: (method, path) =>
        method === 'GET' && path.endsWith(`/commits/${unknown}/pull-requests`)
          ? { status: 404, body: { errors: [{ context: null, message: `Commit '${unknown}' does not exist in repository 'repo'.`, exceptionName: 'com.atlassian.bitbucket.commit.NoSuchCommitException' }] } }
          : undefined,
    });
    const api = h!.api({ baseUrl: proxy!.url });
    expect(await api.pullRequestsForCommit(unknown)).toEqual({ available: false, reason: expect.stringContaining('does not know commit') });
    const result = await publish(api, decorations(HEAD), { commit: unknown, branch: 'feature' }, ['comment'], log);
    expect(result.pullRequests).toEqual([3]);
  });
});
