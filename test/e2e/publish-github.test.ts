// The built bundle publishing to a loopback fake GitHub that validates every body against GitHub's
// OpenAPI description (when ../shared is present), run as a CLI outside any CI with a personal
// access token: the comment and a commit status appear, the check run is refused and replaced.
import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fakeSha, startGitHub, type GitHubFake } from '../fakes/github/index.js';
import { repoRoot } from '../support/paths.js';
import { runBundle } from '../support/run-bundle.js';

const gate = join(repoRoot, 'test/fixtures/reports/sonarqube/project-status-10x-error.json');
const issues = join(repoRoot, 'test/fixtures/reports/sonarqube/issues-10x.json');
const head = fakeSha('github-head');
const REF = 'acme/shop';

let gh: GitHubFake;

async function start(options: Parameters<typeof startGitHub>[0] = {}): Promise<void> {
  gh = await startGitHub(options);
  gh.state.addRepository({ owner: 'acme', name: 'shop' });
  gh.state.addPullRequest(REF, { number: 7, headRef: 'feature/cart', headSha: head });
}

function cliEnv(extra: Record<string, string>): Record<string, string> {
  return { PLATFORM: 'github', TOKEN: gh.credentials.pat, COMMIT: head, REPORT: gate, ISSUES: issues, PUBLISH: 'comment,insights,status', ...extra };
}

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

describe('publishing to GitHub from the CLI', () => {
  it('owner/repo with API_URL and a personal token: comment, then a status in place of the check run; a re-run writes no comment', async () => {
    await start();
    const env = cliEnv({ REPOSITORY: REF, API_URL: gh.url });
    const first = await runBundle({ env });
    expect(first.stderr).toMatch(/comment created on PR #7/);
    expect(first.stderr).toMatch(/personal access token cannot create check runs/);
    expect(first.code).toBe(1);
    expect(gh.state.comments(REF, 7).map((c) => c.user.login)).toEqual(['ci-person']);
    expect(gh.state.checkRuns(REF, head)).toEqual([]);
    expect(gh.state.latestStatuses(REF, head).map((s) => ({ context: s.context, state: s.state }))).toEqual([{ context: 'sonarqube', state: 'failure' }]);

    const before = gh.requests.length;
    const again = await runBundle({ env });
    expect(again.code).toBe(1);
    expect(gh.requests.slice(before).filter((q) => q.operation?.startsWith('comments.') && q.method !== 'GET')).toEqual([]);
    expect(gh.state.comments(REF, 7)).toHaveLength(1);
    for (const r of [first, again]) expect(r.stdout + r.stderr).not.toContain(gh.credentials.pat);
  });

  it('a GitHub Enterprise Server repository URL: the API is found below /api/v3 on the same host', async () => {
    await start({ basePath: '/api/v3' });
    const r = await runBundle({ env: cliEnv({ REPOSITORY: `${gh.origin}/${REF}` }) });
    expect(r.stderr).toMatch(/comment created on PR #7/);
    expect(gh.requests.every((q) => q.path.startsWith('/api/v3/'))).toBe(true);
    expect(gh.state.latestStatuses(REF, head)).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toContain(gh.credentials.pat);
  });
});
