/**
 * One Cloud run against the loopback fake: the real HTTP client, the adapter, hand-built
 * decorations and a logger that keeps its lines. Retries sleep for 0 ms: no test waits on a clock.
 */
import { createLogger, type Logger } from '../../../src/core/logger.js';
import { createHttpClient, type HttpAuth, type HttpClient } from '../../../src/http/index.js';
import { createBitbucketCloudApi } from '../../../src/platforms/bitbucket-cloud/api.js';
import type { PlatformApi } from '../../../src/platforms/platform.js';
import { publish, type PublishResult, type PublishTarget } from '../../../src/publish/publish.js';
import type { Annotation, Decorations } from '../../../src/render/decorations.js';
import { markerLine } from '../../../src/render/marker.js';
import { Redactor } from '../../../src/core/redact.js';
import type { Decoration } from '../../../src/settings/settings.js';
import { fakeSha, startBitbucketCloud, type BitbucketCloudFake, type RecordedRequest } from '../../fakes/index.js';

export const REPO = 'acme/widgets';
export const HEAD = fakeSha('head of feature');
export const OLDER = fakeSha('older commit');
export const BRANCH = 'feature/login';
export const PR_ID = 7;
export const REPORT_ID = 'sonarqube';

export interface Run {
  api: PlatformApi;
  http: HttpClient;
  log: Logger;
  lines: string[];
  redactor: Redactor;
}

export async function startCloud(options: Parameters<typeof startBitbucketCloud>[0] = {}): Promise<BitbucketCloudFake> {
  const cloud = await startBitbucketCloud(options);
  cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
  cloud.state.addPullRequest(REPO, { id: PR_ID, sourceBranch: BRANCH, sourceCommit: HEAD, commits: [OLDER] });
  return cloud;
}

export function cloudRun(
  baseUrl: string,
  options: { auth?: HttpAuth; viaPipelinesProxy?: boolean; forwardProxy?: string; maxAttempts?: number; slug?: string } = {},
): Run {
  const redactor = new Redactor();
  const lines: string[] = [];
  const log = createLogger((level, message) => lines.push(`${level}: ${message}`), redactor, true);
  const http = createHttpClient({
    baseUrl,
    auth: options.auth ?? { kind: 'bearer', token: 'cloud-repository-access-token' },
    redactor,
    sleep: async () => {},
    ...(options.forwardProxy ? { forwardProxy: options.forwardProxy } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
  const api = createBitbucketCloudApi({
    repository: { platform: 'bitbucket-cloud', workspace: 'acme', slug: options.slug ?? 'widgets' },
    http,
    log,
    viaPipelinesProxy: options.viaPipelinesProxy ?? false,
  });
  return { api, http, log, lines, redactor };
}

export function commentBody(text: string, commit = HEAD): string {
  return `${text}\n\n${markerLine(REPORT_ID, commit)}`;
}

export function annotation(i: number, severity: Annotation['severity'], overrides: Partial<Annotation> = {}): Annotation {
  return { id: `ISSUE-${i}`, path: `src/file${i % 7}.ts`, line: (i % 50) + 1, message: `Issue number ${i}`, severity, type: 'CODE_SMELL', ...overrides };
}

export function decorations(overrides: { comment?: string; commit?: string; annotations?: Annotation[]; insight?: Partial<Decorations['insight']>; status?: Partial<Decorations['status']> } = {}): Decorations {
  const commit = overrides.commit ?? HEAD;
  return {
    reportId: REPORT_ID,
    reportKind: 'quality-gate',
    verdict: 'fail',
    outcome: 'fail',
    headline: 'Quality gate failed: 2 of 5 conditions failed',
    comment: { markdown: commentBody(overrides.comment ?? '## Quality gate failed\n\n2 of 5 conditions failed.', commit) },
    insight: {
      title: 'SonarQube quality gate',
      result: 'fail',
      details: 'Quality gate failed\n- Coverage on New Code 82.5% < 85%\n- New Blocker Issues 14 > 0',
      reporter: 'pr-insights',
      link: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=7',
      reportType: 'BUG',
      data: [
        { title: 'Coverage on New Code', type: 'PERCENTAGE', value: 82.5 },
        { title: 'New Issues', type: 'NUMBER', value: 14 },
        { title: 'Analysis', type: 'LINK', value: { text: 'Go to SonarQube', href: 'https://sonar.example.com/dashboard?id=widgets' } },
      ],
      annotations: overrides.annotations ?? [annotation(1, 'critical'), annotation(2, 'high'), annotation(3, 'info', { path: undefined, line: undefined })],
      ...overrides.insight,
    },
    status: {
      key: REPORT_ID,
      state: 'failure',
      name: 'SonarQube quality gate',
      description: 'Quality gate failed: 2 of 5 conditions failed',
      url: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=7',
      ...overrides.status,
    },
  };
}

export const ALL: readonly Decoration[] = ['comment', 'insights', 'status'];

export function run(r: Run, d: Decorations, target: Partial<PublishTarget> = {}, wanted: readonly Decoration[] = ALL): Promise<PublishResult> {
  return publish(r.api, d, { commit: HEAD, ...target }, wanted, r.log);
}

/** Requests that change comments. */
export function commentWrites(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((q) => q.operation === 'comments.create' || q.operation === 'comments.update' || q.operation === 'comments.delete');
}

/** Live (not deleted) general comments on the PR. */
export function liveComments(cloud: BitbucketCloudFake, pr = PR_ID) {
  return cloud.state.comments(REPO, pr).filter((c) => !c.deleted);
}
