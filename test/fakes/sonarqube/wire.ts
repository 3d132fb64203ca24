/**
 * SonarQube's JSON for the fake's state, shaped by version: `period` vs legacy `periods` (and
 * `periodIndex`), `caycStatus`, `impacts`/`cleanCodeAttribute`, `issueStatus`, the deprecated
 * top-level paging fields. Shapes follow input-formats.md §1.3–§1.6 and the samples in
 * /work/shared/samples (ce task, project_status, issues search).
 */
import type { Reply } from '../fake-server.js';
import { cleanCodeCategory, issueStatusOf } from './findings.js';
import type { SonarProfile } from './profile.js';
import { sonarDate, type BranchRef, type NewCodePeriod, type SonarAnalysis, type SonarProject, type SonarState, type SonarTask, type StoredHotspot, type StoredIssue } from './state.js';

type Json = Record<string, unknown>;

/** Every Web API v1 error: `{"errors":[{"msg":"…"}]}` (§1.2). */
export function sonarError(status: number, msg: string): Reply {
  return { status, body: { errors: [{ msg }] } };
}

/** "401 has an empty or HTML body" (§1.2): the fake sends none. */
export const UNAUTHORIZED: Reply = { status: 401 };

export const INSUFFICIENT_PRIVILEGES: Reply = sonarError(403, 'Insufficient privileges');

/**
 * `period` (Server: ≥ 8.5 in project_status, ≥ 8.1 in measures) and the legacy `periods` (Server
 * < 10.0 and Cloud) a version answers with (§1.4, §1.5; 10.0 removed `periods` from both).
 */
function periodShapes(profile: SonarProfile): { period: boolean; periods: boolean } {
  return { period: !profile.cloud, periods: profile.cloud || profile.before('10.0') };
}

function refJson(ref: BranchRef): Json {
  if (ref.pullRequest !== undefined) return { pullRequest: ref.pullRequest };
  return ref.branch === undefined ? {} : { branch: ref.branch };
}

export function taskJson(state: SonarState, task: SonarTask, additionalFields: readonly string[]): Json {
  const profile = state.profile;
  const status = state.taskStatus(task);
  const done = status === 'SUCCESS' || status === 'FAILED' || status === 'CANCELED';
  const { startedAt, executedAt } = task;
  return {
    id: task.id,
    type: 'REPORT',
    componentId: task.project.uuid,
    componentKey: task.project.key,
    componentName: task.project.name,
    componentQualifier: 'TRK',
    ...(task.project.organization === undefined ? {} : { organization: task.project.organization }),
    // "only once finished with SUCCESS; absent while queued/in progress" (§1.3)
    ...(status === 'SUCCESS' ? { analysisId: task.analysisId } : {}),
    status,
    submittedAt: sonarDate(task.submittedAt),
    ...(startedAt ? { startedAt: sonarDate(startedAt) } : {}),
    ...(done && executedAt ? { executedAt: sonarDate(executedAt) } : {}),
    ...(done && startedAt && executedAt ? { executionTimeMs: executedAt.getTime() - startedAt.getTime() } : {}),
    ...(task.ref.branch === undefined ? {} : { branch: task.ref.branch, branchType: 'BRANCH' }),
    ...(task.ref.pullRequest === undefined ? {} : { pullRequest: task.ref.pullRequest, ...(task.pullRequestTitle === undefined ? {} : { pullRequestTitle: task.pullRequestTitle }) }),
    ...(status === 'FAILED' && task.progress.errorMessage !== undefined ? { errorMessage: task.progress.errorMessage } : {}),
    hasScannerContext: false,
    warningCount: task.warnings.length,
    // Always filled from 10.1 on, before only when asked for (10.6 changelog of ce/task).
    ...(profile.atLeast('10.1') || additionalFields.includes('warnings') ? { warnings: task.warnings } : {}),
  };
}

/** §1.4: NONE (also: no analysis yet) carries no conditions, period or ignoredConditions; `caycStatus` from Server 9.9 (not in Cloud's capture). */
export function projectStatusJson(analysis: SonarAnalysis | undefined, profile: SonarProfile): Json {
  const cayc = profile.atLeast('9.9') ? { caycStatus: analysis?.caycStatus ?? 'compliant' } : {};
  if (!analysis || analysis.gate === 'NONE') return { projectStatus: { status: 'NONE', ...cayc } };
  const shapes = periodShapes(profile);
  return {
    projectStatus: {
      status: analysis.gate,
      ignoredConditions: analysis.ignoredConditions,
      ...cayc,
      conditions: analysis.conditions.map((c) => ({
        status: c.status,
        metricKey: c.metricKey,
        comparator: c.comparator,
        // `periodIndex` marks new-code conditions until 10.0 and on Cloud.
        ...(shapes.periods && c.metricKey.startsWith('new_') ? { periodIndex: 1 } : {}),
        ...(c.errorThreshold === undefined ? {} : { errorThreshold: c.errorThreshold }),
        ...(c.actualValue === undefined ? {} : { actualValue: c.actualValue }),
      })),
      ...(shapes.period ? { period: analysis.period } : {}),
      ...(shapes.periods ? { periods: [{ index: 1, ...analysis.period }] } : {}),
    },
  };
}

function textRange(line: number): Json {
  return { startLine: line, endLine: line, startOffset: 0, endOffset: 1 };
}

export function issueJson(issue: StoredIssue, analysis: SonarAnalysis, profile: SonarProfile): Json {
  const date = sonarDate(analysis.date);
  return {
    key: issue.key,
    rule: issue.rule,
    severity: issue.severity,
    component: issue.componentKey,
    project: analysis.project.key,
    ...refJson(analysis.ref),
    ...(issue.line === undefined ? {} : { line: issue.line, textRange: textRange(issue.line) }),
    flows: [],
    // 10.2 added impacts and clean-code attributes; 10.4 `issueStatus` (10.6 changelog of issues/search).
    ...(profile.atLeast('10.2')
      ? { cleanCodeAttribute: issue.cleanCodeAttribute, cleanCodeAttributeCategory: cleanCodeCategory(issue.cleanCodeAttribute), impacts: issue.impacts }
      : {}),
    ...(profile.atLeast('10.4') ? { issueStatus: issueStatusOf(issue) } : {}),
    status: issue.status,
    ...(issue.resolution === undefined ? {} : { resolution: issue.resolution }),
    message: issue.message,
    effort: issue.effort,
    tags: issue.tags,
    creationDate: date,
    updateDate: date,
    type: issue.type,
    scope: 'MAIN',
    ...(analysis.project.organization === undefined ? {} : { organization: analysis.project.organization }),
  };
}

export function hotspotJson(hotspot: StoredHotspot, analysis: SonarAnalysis): Json {
  const date = sonarDate(analysis.date);
  return {
    key: hotspot.key,
    component: hotspot.componentKey,
    project: analysis.project.key,
    securityCategory: hotspot.securityCategory,
    vulnerabilityProbability: hotspot.vulnerabilityProbability,
    status: hotspot.status,
    ...(hotspot.resolution === undefined ? {} : { resolution: hotspot.resolution }),
    ...(hotspot.line === undefined ? {} : { line: hotspot.line, textRange: textRange(hotspot.line) }),
    message: hotspot.message,
    creationDate: date,
    updateDate: date,
    flows: [],
    ruleKey: hotspot.ruleKey,
    messageFormattings: [],
  };
}

/** A `components[]` entry: the project, or a file with its `path`. */
export function componentJson(key: string, project: SonarProject, ref: BranchRef, withEnabled: boolean): Json {
  const path = key === project.key ? undefined : key.slice(project.key.length + 1);
  return {
    key,
    ...(withEnabled ? { enabled: true } : {}),
    qualifier: path === undefined ? 'TRK' : 'FIL',
    name: path === undefined ? project.name : path.split('/').pop(),
    longName: path ?? project.name,
    ...(path === undefined ? {} : { path }),
    ...refJson(ref),
  };
}

/**
 * `measures/component` (§1.5): overall metrics carry `value`; `new_*` ones the number in
 * `period.value` (Server ≥ 8.1) and/or `periods[0].value` (Server < 10.0, Cloud).
 */
export function measuresJson(
  project: SonarProject,
  ref: BranchRef,
  analysis: SonarAnalysis | undefined,
  metricKeys: readonly string[],
  profile: SonarProfile,
  extra: { metrics?: Json[]; period?: NewCodePeriod; periods?: NewCodePeriod },
): Json {
  const shapes = periodShapes(profile);
  const measures: Json[] = [];
  for (const metric of metricKeys) {
    const value = analysis?.measures.get(metric);
    // A metric with no data is simply absent (§1.5).
    if (value === undefined) continue;
    if (!metric.startsWith('new_')) {
      measures.push({ metric, value });
      continue;
    }
    measures.push({ metric, ...(shapes.period ? { period: { value } } : {}), ...(shapes.periods ? { periods: [{ index: 1, value }] } : {}) });
  }
  return {
    component: { key: project.key, name: project.name, qualifier: 'TRK', ...refJson(ref), measures },
    ...(extra.metrics ? { metrics: extra.metrics } : {}),
    ...(extra.period ? { period: extra.period } : {}),
    ...(extra.periods ? { periods: [{ index: 1, ...extra.periods }] } : {}),
  };
}
