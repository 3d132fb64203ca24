/**
 * The CI chain up to the gate (input-formats.md §0): the server version, the Compute Engine task a
 * scanner submitted, the quality gate of its analysis, and the project's measures.
 */
import type { Reply } from '../fake-server.js';
import { branchRef, findBranch, requirePermission, type SonarContext, type SonarRoute } from './context.js';
import { listParam, param, requiredParam } from './request-params.js';
import type { SonarAnalysis, SonarProject } from './state.js';
import { measuresJson, projectStatusJson, sonarError, taskJson } from './wire.js';

export const ANALYSIS_ROUTES: readonly SonarRoute[] = [
  { action: 'api/server/version', name: 'server.version', anonymous: true, handler: serverVersion },
  { action: 'api/ce/task', name: 'ce.task', handler: ceTask },
  { action: 'api/qualitygates/project_status', name: 'qualitygates.project_status', handler: projectStatus },
  { action: 'api/measures/component', name: 'measures.component', handler: measuresComponent },
];

/** Plain text, e.g. `10.6.0.92116`. */
function serverVersion(ctx: SonarContext): Reply {
  return { status: 200, headers: { 'content-type': 'text/plain;charset=utf-8' }, raw: ctx.profile.version };
}

/** §1.3. Needs Execute Analysis (or admin) on the task's project; every answer counts as a poll. */
function ceTask(ctx: SonarContext): Reply {
  const id = requiredParam(ctx.query, 'id');
  const task = ctx.state.task(id);
  if (!task) return sonarError(404, `No activity found for task '${id}'`);
  requirePermission(ctx, ['scan'], task.project.key);
  ctx.state.poll(task);
  return { status: 200, body: { task: taskJson(ctx.state, task, listParam(ctx.query, 'additionalFields') ?? []) } };
}

/**
 * §1.4 (`ProjectStatusAction`): exactly one of analysisId / projectId / projectKey; by analysis the
 * gate as computed then, by project the latest analysis of the branch or pull request. Browse or
 * Execute Analysis suffices, so analysis tokens may read it.
 */
function projectStatus(ctx: SonarContext): Reply {
  const q = ctx.query;
  const analysisId = param(q, 'analysisId');
  const projectId = param(q, 'projectId');
  const projectKey = param(q, 'projectKey');
  const branch = param(q, 'branch');
  const pullRequest = param(q, 'pullRequest');
  if ([analysisId, projectId, projectKey].filter((v) => v !== undefined).length !== 1) {
    return sonarError(400, "Either 'analysisId', 'projectId' or 'projectKey' must be provided");
  }
  if (branch !== undefined && pullRequest !== undefined) return sonarError(400, "Either 'branch' or 'pullRequest' can be provided, not both");

  let analysis: SonarAnalysis | undefined;
  let project: SonarProject;
  if (analysisId !== undefined) {
    analysis = ctx.state.visibleAnalysis(analysisId);
    if (!analysis) return sonarError(404, `Analysis with id '${analysisId}' is not found`);
    project = analysis.project;
  } else {
    // "Project UUID. Doesn't work with branches or pull requests" (the 10.6 list).
    const byId = projectId === undefined ? undefined : [...ctx.state.projects.values()].find((p) => p.uuid === projectId);
    const key = projectKey ?? byId?.key ?? projectId!;
    const ref = projectKey === undefined ? {} : branchRef(branch, pullRequest);
    project = findBranch(ctx, key, ref, 'project');
    analysis = ctx.state.latestAnalysis(project, ref);
  }
  requirePermission(ctx, ['browse', 'scan'], project.key);
  // A branch without a (finished) analysis has no gate details: NONE.
  return { status: 200, body: projectStatusJson(analysis, ctx.profile) };
}

/**
 * §1.5: the component, then Browse, then the metric keys — an unknown one fails the whole request.
 * `additionalFields=period` answers `period` (Server), `periods` answers the legacy array (Server
 * before 10.0, Cloud); the list's possible values refuse the other one where it does not exist.
 */
function measuresComponent(ctx: SonarContext): Reply {
  const q = ctx.query;
  const component = requiredParam(q, 'component');
  requiredParam(q, 'metricKeys');
  const metricKeys = listParam(q, 'metricKeys')!;
  const branch = param(q, 'branch');
  const pullRequest = param(q, 'pullRequest');
  if (branch !== undefined && pullRequest !== undefined) return sonarError(400, 'Either branch or pull request can be provided, not both');
  const ref = branchRef(branch, pullRequest);
  const project = findBranch(ctx, component, ref, 'component');
  requirePermission(ctx, ['browse'], project.key);
  const analysis = ctx.state.latestAnalysis(project, ref);
  const unknown = metricKeys.filter((k) => !ctx.metrics.has(k) && !analysis?.measures.has(k));
  if (unknown.length > 0) return sonarError(404, `The following metric keys are not found: ${unknown.join(', ')}`);

  const fields = listParam(q, 'additionalFields') ?? [];
  const period = analysis?.period;
  const legacy = ctx.profile.cloud || ctx.profile.before('10.0');
  return {
    status: 200,
    body: measuresJson(project, ref, analysis, metricKeys, ctx.profile, {
      ...(fields.includes('metrics') ? { metrics: metricKeys.map((k) => metricJson(ctx, k)) } : {}),
      ...(period && fields.includes('period') && !ctx.profile.cloud ? { period } : {}),
      ...(period && fields.includes('periods') && legacy ? { periods: period } : {}),
    }),
  };
}

function metricJson(ctx: SonarContext, key: string): Record<string, unknown> {
  const { name, type, higherValuesAreBetter } = ctx.metrics.get(key) ?? { key, name: key, type: 'FLOAT' };
  return { key, name, type, ...(higherValuesAreBetter === undefined ? {} : { higherValuesAreBetter }) };
}
