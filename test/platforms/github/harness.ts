/**
 * One GitHub run against the loopback fake: the real HTTP client, the adapter, hand-built
 * decorations and a logger that keeps its lines. Retries sleep for 0 ms: no test waits on a clock.
 */
import { createLogger, type Logger } from '../../../src/core/logger.js';
import { Redactor } from '../../../src/core/redact.js';
import { createHttpClient } from '../../../src/http/index.js';
import { createGitHubApi } from '../../../src/platforms/github/api.js';
import type { PlatformApi } from '../../../src/platforms/platform.js';
import { publish, type PublishResult, type PublishTarget } from '../../../src/publish/publish.js';
import type { Annotation, Decorations } from '../../../src/render/decorations.js';
import { markerLine } from '../../../src/render/marker.js';
import type { Decoration } from '../../../src/settings/settings.js';
import { fakeSha, startGitHub, type GitHubFake, type RecordedRequest } from '../../fakes/github/index.js';

export const OWNER = 'acme';
export const REPO = 'acme/widgets';
export const HEAD = fakeSha('head of feature');
export const BRANCH = 'feature/login';
export const PR_ID = 7;
export const REPORT_ID = 'sonarqube';

export interface Run {
  api: PlatformApi;
  lines: string[];
  log: Logger;
}

export async function startFake(options: Parameters<typeof startGitHub>[0] = {}): Promise<GitHubFake> {
  const gh = await startGitHub(options);
  gh.state.addRepository({ owner: OWNER, name: 'widgets' });
  gh.state.addPullRequest(REPO, { number: PR_ID, headRef: BRANCH, headSha: HEAD });
  return gh;
}

/** A run with one of the fake's tokens (Actions' GITHUB_TOKEN by default), or any secret. */
export function githubRun(gh: GitHubFake, token: string = gh.credentials.actions): Run {
  const redactor = new Redactor();
  const lines: string[] = [];
  const log = createLogger((level, message) => lines.push(`${level}: ${message}`), redactor, true);
  const http = createHttpClient({ baseUrl: gh.url, auth: { kind: 'bearer', token }, redactor, sleep: async () => {} });
  const api = createGitHubApi({ repository: { platform: 'github', owner: OWNER, repo: 'widgets', serverUrl: 'https://github.com' }, http, log });
  return { api, lines, log };
}

export function commentBody(text: string, commit = HEAD): string {
  return `${text}\n\n${markerLine(REPORT_ID, commit)}`;
}

export function annotation(i: number, severity: Annotation['severity'], overrides: Partial<Annotation> = {}): Annotation {
  return { id: `ISSUE-${i}`, path: `src/file${i % 7}.ts`, line: (i % 50) + 1, message: `Issue number ${i}`, severity, type: 'CODE_SMELL', ...overrides };
}

export function decorations(overrides: { comment?: string; annotations?: Annotation[]; insight?: Partial<Decorations['insight']> } = {}): Decorations {
  return {
    reportId: REPORT_ID,
    reportKind: 'quality-gate',
    verdict: 'fail',
    outcome: 'fail',
    headline: 'Quality gate failed: 2 of 5 conditions failed',
    comment: { markdown: commentBody(overrides.comment ?? '## Quality gate failed\n\n2 of 5 conditions failed.') },
    insight: {
      title: 'SonarQube quality gate',
      result: 'fail',
      details: 'Quality gate failed\n- Coverage on New Code 82.5% < 85%\n- New Blocker Issues 14 > 0',
      reporter: 'pr-insights',
      link: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=7',
      reportType: 'BUG',
      data: [],
      annotations: overrides.annotations ?? [annotation(1, 'critical'), annotation(2, 'medium'), annotation(3, 'info', { path: undefined, line: undefined }), annotation(4, 'low', { line: undefined })],
      ...overrides.insight,
    },
    status: {
      key: REPORT_ID,
      state: 'failure',
      name: 'SonarQube quality gate',
      description: 'Quality gate failed: 2 of 5 conditions failed',
      url: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=7',
    },
  };
}

export const ALL: readonly Decoration[] = ['comment', 'insights', 'status'];

export function run(r: Run, d: Decorations, target: Partial<PublishTarget> = {}, wanted: readonly Decoration[] = ALL): Promise<PublishResult> {
  return publish(r.api, d, { commit: HEAD, ...target }, wanted, r.log);
}

export function commentWrites(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((q) => q.operation === 'comments.create' || q.operation === 'comments.update' || q.operation === 'comments.delete');
}
