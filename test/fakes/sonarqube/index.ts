/**
 * A SonarQube fake on loopback for end-to-end tests of a live report source: the server version,
 * Compute Engine tasks that progress poll by poll, quality gates, measures, issue and hotspot
 * searches — as Server 9.9, 10.x, 2025.x or SonarQube Cloud answer them, with their errors, their
 * token kinds and their parameter names, and every query checked against SonarQube's own
 * web-services list (see web-services.ts; README.md for a tour).
 *
 *   const sonar = await startSonarQube({ version: SONARQUBE_VERSIONS['9.9'] });
 *   const { taskId } = sonar.state.addAnalysis({ project: 'acme', pullRequest: '7', issues: issues(600) });
 *   await writeReportTask(dir, sonar.reportTaskFields(taskId));
 *   // client: SONAR_TOKEN = sonar.tokens.user
 *   expect(sonar.violations).toEqual([]);
 *   await sonar.close();
 */
import { startFakeServer, type FakeRequest, type RecordedRequest, type Reply } from '../fake-server.js';
import type { Fault, FaultHandle } from '../faults.js';
import { Router, type RouteLookup } from '../router.js';
import { ANALYSIS_ROUTES } from './analysis-routes.js';
import type { SonarRoute } from './context.js';
import { metricsFor } from './metrics.js';
import { sonarProfile, type SonarProfile } from './profile.js';
import type { ReportTaskFields } from './report-task.js';
import { SEARCH_ROUTES } from './search-routes.js';
import { SonarState } from './state.js';
import { authenticate } from './tokens.js';
import { checkQuery, loadWebServices, type ParamProblemReason, type SonarAction, type WebServicesStatus } from './web-services.js';
import { sonarError, UNAUTHORIZED } from './wire.js';

export * from './findings.js';
export * from './state.js';
export { SONARQUBE_VERSIONS, compareVersions, type SonarProfile } from './profile.js';
export { reportTaskTxt, writeReportTask, type ReportTaskFields } from './report-task.js';
export { sonarAuthorization, type NewToken, type SonarPermission, type SonarToken, type TokenKind } from './tokens.js';
export { METRICS, type MetricDefinition } from './metrics.js';
export { REINDEXING_MESSAGE } from './search-routes.js';
export { MAX_PAGE_SIZE, MAX_RETURNABLE_RESULTS } from './request-params.js';
export { WEB_SERVICES_FILE, type SonarAction, type WebServicesStatus, type ParamProblemReason } from './web-services.js';

export interface SonarQubeOptions {
  /** Play SonarQube Cloud (organizations, legacy `periods`, old parameter names). */
  readonly cloud?: boolean;
  /** Server version, e.g. SONARQUBE_VERSIONS['9.9']; default 10.6.0.92116. */
  readonly version?: string;
  /** Path prefix of the server, like `/sonarqube` (report-task.txt's serverUrl carries it). */
  readonly contextPath?: string;
  /** Directory holding sonarqube-webservices-10.6.json; `false` turns the parameter check off. */
  readonly specs?: string | false;
  /** Metric keys the server knows instead of the version's defaults (metrics.ts). */
  readonly metrics?: readonly string[];
  readonly clock?: () => Date;
}

/** A query the real server would refuse, or silently misread (`ignored-by-server`). */
export interface SonarViolation {
  readonly action: SonarAction;
  readonly method: string;
  readonly path: string;
  readonly param: string;
  readonly value?: string;
  readonly reason: ParamProblemReason;
  readonly message: string;
}

export interface SonarTokens {
  /** `squ_…`: Browse and Execute Analysis on every project. */
  readonly user: string;
  /** `sqa_…`: Execute Analysis on every project, no Browse. */
  readonly globalAnalysis: string;
  /** `sqp_…` of the first project added: Execute Analysis on it only. Throws before any project exists. */
  readonly projectAnalysis: string;
}

export interface SonarQubeFake {
  /** Server root (with the context path): report-task.txt's `serverUrl`. */
  readonly url: string;
  readonly origin: string;
  readonly profile: SonarProfile;
  readonly state: SonarState;
  readonly tokens: SonarTokens;
  readonly requests: readonly RecordedRequest[];
  /** Queries against the web-services list; a well-behaved client leaves this empty. */
  readonly violations: readonly SonarViolation[];
  readonly specValidation: WebServicesStatus;
  /** What the scanner would write to report-task.txt after submitting this task. */
  reportTaskFields(taskId: string): ReportTaskFields;
  setFault(fault: Fault): FaultHandle;
  clearFaults(): void;
  close(): Promise<void>;
}

const ROUTES: readonly SonarRoute[] = [...ANALYSIS_ROUTES, ...SEARCH_ROUTES];

export async function startSonarQube(options: SonarQubeOptions = {}): Promise<SonarQubeFake> {
  const profile = sonarProfile(options);
  const state = new SonarState(profile, options.clock);
  const user = state.addToken({ kind: 'user', name: 'ci-user token' });
  const globalAnalysis = state.addToken({ kind: 'global-analysis', name: 'global analysis token' });
  const metrics = metricsFor(profile, options.metrics);
  const webServices = loadWebServices(options.specs);
  const violations: SonarViolation[] = [];
  const router = new Router<SonarRoute>();
  for (const route of ROUTES) router.add('GET', `/${route.action}`, route.name, route);

  const handle = (req: FakeRequest, lookup: RouteLookup<SonarRoute>): Reply => {
    if (lookup.kind === 'not-found') return sonarError(404, `Unknown url : ${req.relPath ?? req.url.pathname}`);
    // The wording of this one was not checked against the server.
    if (lookup.kind === 'method-not-allowed') return { ...sonarError(405, `HTTP method ${req.method} is not supported by this URL`), headers: { allow: lookup.allowed.join(', ') } };
    const route = lookup.route.handler;

    // Judged and recorded before anything can answer, so `violations` misses nothing.
    const rules = webServices.rules(route.action, profile);
    const problems = rules ? checkQuery(rules, req.query, profile) : [];
    for (const { param, value, reason, message } of problems) {
      violations.push({ action: route.action, method: req.method, path: req.url.pathname, param, ...(value === undefined ? {} : { value }), reason, message });
    }

    const auth = authenticate(req.auth, state.tokens, profile);
    if (auth.ok) req.setIdentity(auth.token.name);
    else if (!(route.anonymous && auth.anonymous)) return UNAUTHORIZED;
    const refusal = problems.find((p) => p.refused);
    if (refusal) return sonarError(400, refusal.message);
    return route.handler({ req, query: req.query, state, profile, token: auth.ok ? auth.token : undefined, metrics });
  };

  const contextPath = (options.contextPath ?? '').replace(/\/+$/, '');
  const server = await startFakeServer<SonarRoute>({
    basePath: contextPath,
    router,
    handle,
    errorReply: (status, message, fault) => {
      const reply = sonarError(status, message);
      if (fault?.kind !== 'rate-limit' || fault.retryAfterSeconds === null) return reply;
      return { ...reply, headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) } };
    },
  });
  const url = `${server.origin}${contextPath}`;

  return {
    url,
    origin: server.origin,
    profile,
    state,
    tokens: {
      user: user.value,
      globalAnalysis: globalAnalysis.value,
      get projectAnalysis() {
        const first = state.projects.values().next().value;
        if (!first) throw new Error('no project yet: the project analysis token belongs to the first project added');
        return first.analysisToken.value;
      },
    },
    requests: server.requests,
    violations,
    specValidation: webServices.status,
    reportTaskFields(taskId) {
      const task = state.task(taskId);
      if (!task) throw new Error(`no CE task ${taskId}`);
      return {
        projectKey: task.project.key,
        serverUrl: url,
        serverVersion: profile.version,
        ceTaskId: task.id,
        ...(task.project.organization === undefined ? {} : { organization: task.project.organization }),
        ...task.ref,
      };
    },
    setFault: (fault) => server.faults.add(fault),
    clearFaults: () => server.faults.clear(),
    close: () => server.close(),
  };
}
