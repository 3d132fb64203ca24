/**
 * COMMENT_MODE on every platform: what each mode leaves on the pull request as a report fails,
 * changes and passes. Each platform runs with credentials whose identity it can tell.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createLogger } from '../../src/core/logger.js';
import { Redactor } from '../../src/core/redact.js';
import type { PlatformApi } from '../../src/platforms/platform.js';
import type { CommentMode } from '../../src/publish/comment-mode.js';
import { publish, type PublishResult } from '../../src/publish/publish.js';
import type { Decorations } from '../../src/render/decorations.js';
import { findMarker } from '../../src/render/marker.js';
import { fakeSha, startBitbucketCloud } from '../fakes/index.js';
import { startGitHub } from '../fakes/github/index.js';
import * as cloudH from '../platforms/bitbucket-cloud/harness.js';
import { startUserEndpoint } from '../platforms/bitbucket-cloud/user-endpoint.js';
import * as dcH from '../platforms/bitbucket-data-center/harness.js';
import * as ghH from '../platforms/github/harness.js';

const COMMIT = fakeSha('modes head');
const PR = 7;
const quiet = createLogger(() => {}, new Redactor(), true);

interface Platform {
  api: () => PlatformApi;
  decorations: () => Decorations;
  /** Live comments carrying a marker: ours, since nobody else writes here. */
  marked: () => Array<{ id: number; body: string }>;
  close: () => Promise<void>;
}

const PLATFORMS: Record<string, () => Promise<Platform>> = {
  'Bitbucket Cloud': async () => {
    const cloud = await startBitbucketCloud();
    cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
    cloud.state.addPullRequest(cloudH.REPO, { id: PR, sourceBranch: 'feature', sourceCommit: COMMIT });
    const front = await startUserEndpoint(cloud, 'answer');
    return {
      api: () => cloudH.cloudRun(front.url).api,
      decorations: () => cloudH.decorations({ commit: COMMIT }),
      marked: () => cloud.state.comments(cloudH.REPO, PR).filter((c) => !c.deleted && findMarker(c.raw)).map((c) => ({ id: c.id, body: c.raw })),
      close: async () => {
        await front.close();
        expect(cloud.violations).toEqual([]);
        await cloud.close();
      },
    };
  },
  'Bitbucket Data Center': async () => {
    const h = await dcH.startHarness();
    h.fake.state.addPullRequest(h.repo, { id: PR, fromBranch: 'feature', fromCommit: COMMIT });
    return {
      api: () => h.api(),
      decorations: () => dcH.decorations(COMMIT),
      marked: () => h.fake.state.comments(h.repo, PR).filter((c) => findMarker(c.text)).map((c) => ({ id: c.id, body: c.text })),
      close: async () => {
        expect(h.fake.violations).toEqual([]);
        await h.close();
      },
    };
  },
  GitHub: async () => {
    const gh = await startGitHub();
    gh.state.addRepository({ owner: ghH.OWNER, name: 'widgets' });
    gh.state.addPullRequest(ghH.REPO, { number: PR, headRef: 'feature', headSha: COMMIT });
    return {
      // A personal token: GET /user names it.
      api: () => ghH.githubRun(gh, gh.credentials.pat).api,
      decorations: () => ({ ...ghH.decorations(), comment: { markdown: ghH.commentBody('x', COMMIT) } }),
      marked: () => gh.state.comments(ghH.REPO, PR).filter((c) => findMarker(c.body)).map((c) => ({ id: c.id, body: c.body })),
      close: async () => {
        expect(gh.violations).toEqual([]);
        await gh.close();
      },
    };
  },
};

describe.each(Object.keys(PLATFORMS))('COMMENT_MODE on %s', (name) => {
  let platform: Platform;
  afterEach(() => platform.close());

  /** One run: the report fails or passes, and the comment says `text`. */
  async function runWith(mode: CommentMode, verdict: 'fail' | 'pass', text: string): Promise<PublishResult> {
    const d = platform.decorations();
    const marker = d.comment.markdown.slice(d.comment.markdown.lastIndexOf('\n\n'));
    const decorations: Decorations = { ...d, verdict, outcome: verdict, comment: { markdown: `${text}${marker}` } };
    return publish(platform.api(), decorations, { commit: COMMIT, pullRequest: PR, commentMode: mode }, ['comment'], quiet);
  }
  const texts = () => platform.marked().map((c) => c.body.split('\n')[0]);

  it('update: posted once, then edited in place', async () => {
    platform = await PLATFORMS[name]!();
    await runWith('update', 'fail', 'failing');
    const [first] = platform.marked();
    const result = await runWith('update', 'fail', 'still failing');
    expect(result.published).toEqual([`comment updated on PR #${PR}`]);
    expect(platform.marked()).toEqual([{ id: first!.id, body: expect.stringMatching(/^still failing/) }]);
  });

  it('recreate: a changed comment is posted anew and the old one removed; an unchanged one is left', async () => {
    platform = await PLATFORMS[name]!();
    await runWith('recreate', 'fail', 'failing');
    const [first] = platform.marked();
    expect((await runWith('recreate', 'fail', 'failing')).published).toEqual([`comment unchanged on PR #${PR}`]);

    const result = await runWith('recreate', 'fail', 'still failing');

    expect(result.published).toEqual([`comment recreated on PR #${PR}`]);
    const [second, ...more] = platform.marked();
    expect(more).toEqual([]);
    expect(second!.id).toBeGreaterThan(first!.id);
    expect(texts()).toEqual(['still failing']);
  });

  it('delete-on-pass: kept while failing, removed once the report passes, and not posted again while it passes', async () => {
    platform = await PLATFORMS[name]!();
    await runWith('delete-on-pass', 'fail', 'failing');
    expect(texts()).toEqual(['failing']);

    expect((await runWith('delete-on-pass', 'pass', 'passing')).published).toEqual([`comment deleted on PR #${PR} (the report passes; COMMENT_MODE=delete-on-pass)`]);
    expect(platform.marked()).toEqual([]);

    const again = await runWith('delete-on-pass', 'pass', 'passing');
    expect(again.published).toEqual([]);
    expect(again.skipped).toEqual([`comment on PR #${PR}: the report passes, so none is posted (COMMENT_MODE=delete-on-pass)`]);
  });

  it('off-on-pass: nothing while passing; posted on failure; then updated (not left claiming a failure) when it passes again', async () => {
    platform = await PLATFORMS[name]!();
    expect((await runWith('off-on-pass', 'pass', 'passing')).skipped).toEqual([`comment on PR #${PR}: the report passes, so none is posted (COMMENT_MODE=off-on-pass)`]);
    expect(platform.marked()).toEqual([]);

    await runWith('off-on-pass', 'fail', 'failing');
    const [posted] = platform.marked();
    await runWith('off-on-pass', 'pass', 'passing now');

    expect(platform.marked()).toEqual([{ id: posted!.id, body: expect.stringMatching(/^passing now/) }]);
  });
});
