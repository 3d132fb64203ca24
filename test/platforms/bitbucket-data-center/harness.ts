/**
 * One Data Center fake, the repository reference a user would give for it, and adapters built the
 * way the registry builds them (the real HTTP client), plus hand-built decorations.
 */
import { createLogger, type Logger } from '../../../src/core/logger.js';
import { createHttpClient, type HttpAuth } from '../../../src/http/index.js';
import { createBitbucketDataCenterApi } from '../../../src/platforms/bitbucket-data-center/api.js';
import type { PlatformApi } from '../../../src/platforms/platform.js';
import { Redactor } from '../../../src/core/redact.js';
import type { Annotation, Decorations, InsightDecoration, StatusDecoration } from '../../../src/render/decorations.js';
import { markerLine } from '../../../src/render/marker.js';
import type { BitbucketDataCenterRepository } from '../../../src/repository/reference.js';
import { parseRepository } from '../../../src/repository/parse.js';
import type { Severity } from '../../../src/reports/model.js';
import { startBitbucketDataCenter, type BitbucketDataCenterFake, type BitbucketDataCenterOptions } from '../../fakes/index.js';

export interface Harness {
  fake: BitbucketDataCenterFake;
  repository: BitbucketDataCenterRepository;
  /** `KEY/slug` as the fake's state names it. */
  repo: string;
  redactor: Redactor;
  logs: string[];
  log: Logger;
  /** An adapter as the registry builds it; Bearer with the fake's repository token unless told otherwise. */
  api(options?: { auth?: HttpAuth; baseUrl?: string; repository?: BitbucketDataCenterRepository; username?: string }): PlatformApi;
  close(): Promise<void>;
}

export async function startHarness(options: { contextPath?: string; project?: string; slug?: string; fake?: BitbucketDataCenterOptions } = {}): Promise<Harness> {
  const project = options.project ?? 'PRJ';
  const slug = options.slug ?? 'repo';
  const fake = await startBitbucketDataCenter({ contextPath: options.contextPath ?? '/bitbucket', ...options.fake });
  fake.state.addRepository({ project, slug });
  const parsed = parseRepository(fake.repositoryUrl(project, slug), { platform: 'bitbucket-data-center' });
  if (parsed.platform !== 'bitbucket-data-center') throw new Error('not a Data Center repository');
  const redactor = new Redactor();
  const logs: string[] = [];
  const log = createLogger((level, message) => logs.push(`${level}: ${message}`), redactor, true);

  return {
    fake,
    repository: parsed,
    repo: `${project}/${slug}`,
    redactor,
    logs,
    log,
    api(o = {}) {
      const repository = o.repository ?? parsed;
      const http = createHttpClient({
        baseUrl: o.baseUrl ?? repository.baseUrl,
        auth: o.auth ?? { kind: 'bearer', token: fake.credentials.bearer },
        redactor,
        logger: (line) => log.debug(line),
        sleep: async () => {},
      });
      return createBitbucketDataCenterApi({ repository, http, log, ...(o.username ? { username: o.username } : {}) });
    },
    async close() {
      await fake.close();
    },
  };
}

export const REPORT_ID = 'sonarqube';

export function decorations(
  commit: string,
  over: { reportId?: string; text?: string; insight?: Partial<InsightDecoration>; status?: Partial<StatusDecoration> } = {},
): Decorations {
  const reportId = over.reportId ?? REPORT_ID;
  const insight: InsightDecoration = {
    title: 'SonarQube quality gate',
    result: 'fail',
    details: 'Quality gate failed\n- Coverage 41.0% < 80%',
    reporter: 'pr-insights',
    link: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=3',
    reportType: 'BUG',
    data: [
      { title: 'New issues', type: 'NUMBER', value: 3 },
      { title: 'Coverage', type: 'PERCENTAGE', value: 41 },
      { title: 'Analysis', type: 'LINK', value: { text: 'Open in SonarQube', href: 'https://sonar.example.com/dashboard?id=widgets' } },
    ],
    annotations: annotations({ critical: 1, medium: 1, info: 1 }),
    ...over.insight,
  };
  const status: StatusDecoration = {
    key: reportId,
    state: 'failure',
    name: 'SonarQube',
    description: 'Quality gate failed: 1 of 4 conditions failed',
    url: 'https://sonar.example.com/dashboard?id=widgets&pullRequest=3',
    ...over.status,
  };
  return {
    reportId,
    reportKind: 'quality-gate',
    verdict: 'fail',
    outcome: 'fail',
    headline: 'Quality gate failed',
    comment: { markdown: `${over.text ?? '## Quality gate failed\n\nCoverage 41.0% < 80%'}\n\n${markerLine(reportId, commit)}` },
    insight,
    status,
  };
}

/** Highest severity first, as the renderer sends them. */
export function annotations(counts: Partial<Record<Severity, number>>): Annotation[] {
  const order: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
  return order.flatMap((severity) =>
    Array.from({ length: counts[severity] ?? 0 }, (_, i): Annotation => ({
      id: `${severity}-${i}`,
      path: `src/${severity}.ts`,
      line: i + 1,
      message: `${severity} finding ${i}`,
      severity,
      type: severity === 'critical' ? 'VULNERABILITY' : 'CODE_SMELL',
      link: `https://sonar.example.com/issue/${severity}-${i}`,
    })),
  );
}

/** Operations (route names) the fake saw, in order, from request `from` on. */
export function operations(fake: BitbucketDataCenterFake, from = 0): string[] {
  return fake.requests.slice(from).map((r) => r.operation ?? `${r.method} ${r.path}`);
}

export const COMMENT_WRITES = ['comments.create', 'comments.update', 'comments.delete'];
