/**
 * Bitbucket Data Center Code Insights (api-contracts.md §2.4) and build statuses (§2.5), with the
 * server's rules: full 40-hex commit ids, title/reporter ≤ 450, key ≤ 50, details ≤ 2000, data ≤ 6,
 * only the report's creator may replace it or add annotations, ≤ 1000 annotations per report with
 * the whole request rejected past it; the 7.14+ build-status resource or, on older servers, only
 * the legacy one.
 */
import { Rejection, type Reply } from '../fake-server.js';
import type { DcBuildStatus, DcReport } from './state.js';
import { annotationJson, buildStatusJson, dcError, dcErrors, EXCEPTIONS, reportJson, type DcErrorEntry } from './wire.js';
import { bodyObject, hasPermission, notPermitted, pageReply, repoOf, type DcContext, type DcRoute } from './routes.js';
import { dataItemProblem, isHttpUrl, isRecord } from '../insight-data.js';
import { isFullSha } from '../sha.js';

export const DC_LIMITS = {
  reportKey: 50,
  reportTitle: 450,
  reportReporter: 450,
  reportDetails: 2000,
  reportData: 6,
  annotationMessage: 2000,
  annotationPath: 50000,
  annotationExternalId: 450,
  buildKey: 255,
  buildName: 255,
  buildNumber: 255,
  buildUrl: 450,
  buildParent: 1024,
  buildRef: 1024,
  legacyField: 255,
} as const;

const BUILD_STATES = ['SUCCESSFUL', 'FAILED', 'INPROGRESS', 'CANCELLED', 'UNKNOWN'];
const LEGACY_BUILD_STATES = ['SUCCESSFUL', 'FAILED', 'INPROGRESS'];
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'];
const ANNOTATION_TYPES = ['VULNERABILITY', 'CODE_SMELL', 'BUG'];

const INSIGHTS = '/rest/insights/latest/projects/{projectKey}/repos/{repositorySlug}/commits/{commitId}';
const REPORT = `${INSIGHTS}/reports/{key}`;
const BUILDS = '/rest/api/latest/projects/{projectKey}/repos/{repositorySlug}/commits/{commitId}/builds';
const LEGACY_BUILDS = '/rest/build-status/latest/commits/{commitId}';

export const INSIGHTS_ROUTES: readonly DcRoute[] = [
  { method: 'GET', template: `${INSIGHTS}/reports`, name: 'reports.list', permission: 'REPO_READ', handler: listReports },
  { method: 'PUT', template: REPORT, name: 'reports.put', permission: 'REPO_READ', handler: putReport },
  { method: 'GET', template: REPORT, name: 'reports.get', permission: 'REPO_READ', handler: getReport },
  { method: 'DELETE', template: REPORT, name: 'reports.delete', permission: 'REPO_READ', handler: deleteReport },
  { method: 'POST', template: `${REPORT}/annotations`, name: 'annotations.create', permission: 'REPO_READ', handler: addAnnotations },
  { method: 'GET', template: `${REPORT}/annotations`, name: 'annotations.list', permission: 'REPO_READ', handler: listAnnotations },
  { method: 'DELETE', template: `${REPORT}/annotations`, name: 'annotations.delete', permission: 'REPO_READ', handler: deleteAnnotations },
  { method: 'PUT', template: `${REPORT}/annotations/{externalId}`, name: 'annotation.put', permission: 'REPO_READ', handler: putAnnotation },
  { method: 'GET', template: `${INSIGHTS}/annotations`, name: 'commit-annotations.list', permission: 'REPO_READ', handler: commitAnnotations },
];

export const BUILD_ROUTES: readonly DcRoute[] = [
  { method: 'POST', template: BUILDS, name: 'builds.create', permission: 'REPO_READ', handler: addBuild },
  { method: 'GET', template: BUILDS, name: 'builds.get', permission: 'REPO_READ', handler: getBuild },
  { method: 'DELETE', template: BUILDS, name: 'builds.delete', permission: 'REPO_ADMIN', handler: deleteBuild },
  { method: 'POST', template: LEGACY_BUILDS, name: 'legacy-builds.create', permission: 'LICENSED', handler: addLegacyBuild },
  { method: 'GET', template: LEGACY_BUILDS, name: 'legacy-builds.list', permission: 'LICENSED', handler: listLegacyBuilds },
];

/** Data Center answers every problem of a body at once, each with the field as `context`. */
class Problems {
  private readonly entries: DcErrorEntry[] = [];

  add(context: string, message: string): void {
    this.entries.push({ context, message, exceptionName: null });
  }

  maxLength(value: unknown, limit: number, context: string): void {
    if (typeof value === 'string' && value.length > limit) this.add(context, `${context} must be ${limit} characters or less`);
  }

  oneOf(value: unknown, allowed: readonly string[], context: string): void {
    if (value !== undefined && !allowed.includes(value as string)) this.add(context, `${context} must be one of ${allowed.join(', ')}`);
  }

  url(value: unknown, context: string): void {
    if (value !== undefined && !isHttpUrl(value)) this.add(context, `${context} must be a valid http or https URL`);
  }

  throwIfAny(): void {
    if (this.entries.length) throw new Rejection(dcErrors(400, this.entries));
  }
}

function commitOf(ctx: DcContext): string {
  const commit = ctx.params['commitId']!;
  if (!isFullSha(commit)) throw new Rejection(dcError(400, `"${commit}" is not a valid commit ID; a full 40-character SHA-1 is required.`, 'commitId'));
  return commit.toLowerCase();
}

function findReport(ctx: DcContext): DcReport {
  const report = repoOf(ctx).reports.get(commitOf(ctx))?.get(ctx.params['key']!);
  if (!report) throw new Rejection(dcError(404, `No report with key ${ctx.params['key']} exists for this commit.`, null, EXCEPTIONS.noSuchReport));
  return report;
}

function mustBeAuthor(ctx: DcContext, report: DcReport, orAdmin: boolean): void {
  if (report.createdBy === ctx.identity.user.slug) return;
  if (orAdmin && hasPermission(ctx.identity, 'REPO_ADMIN')) return;
  throw notPermitted('Only the user who created this report can change it.');
}

function listReports(ctx: DcContext): Reply {
  return pageReply(ctx, [...(repoOf(ctx).reports.get(commitOf(ctx))?.values() ?? [])].map(reportJson));
}

function putReport(ctx: DcContext): Reply {
  const commit = commitOf(ctx);
  const key = ctx.params['key']!;
  const body = bodyObject(ctx);
  const problems = new Problems();
  if (key.length > DC_LIMITS.reportKey) problems.add('key', `key must be ${DC_LIMITS.reportKey} characters or less`);
  if (typeof body['title'] !== 'string' || body['title'].trim() === '') problems.add('title', 'A report title is required');
  problems.maxLength(body['title'], DC_LIMITS.reportTitle, 'title');
  problems.maxLength(body['reporter'], DC_LIMITS.reportReporter, 'reporter');
  problems.maxLength(body['details'], DC_LIMITS.reportDetails, 'details');
  problems.oneOf(body['result'], ['PASS', 'FAIL'], 'result');
  problems.url(body['link'], 'link');
  problems.url(body['logoUrl'], 'logoUrl');
  const data = body['data'];
  if (data !== undefined) {
    if (!Array.isArray(data)) problems.add('data', 'data must be an array');
    else {
      if (data.length > DC_LIMITS.reportData) problems.add('data', `A report cannot have more than ${DC_LIMITS.reportData} data elements`);
      data.forEach((item, i) => {
        const problem = dataItemProblem(item, 'linktext');
        if (problem) problems.add(`data[${i}]`, `data[${i}] ${problem}`);
      });
    }
  }
  problems.throwIfAny();

  const repo = repoOf(ctx);
  let reports = repo.reports.get(commit);
  if (!reports) repo.reports.set(commit, (reports = new Map()));
  const existing = reports.get(key);
  if (existing) mustBeAuthor(ctx, existing, false);
  const fields = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'key'));
  const createdDate = Number.isInteger(body['createdDate']) ? (body['createdDate'] as number) : ctx.state.now();
  // Replacing keeps the annotations; DELETE of the report (or its annotations) is what drops them.
  const report: DcReport = existing
    ? Object.assign(existing, { fields })
    : { key, commit, fields, createdDate, createdBy: ctx.identity.user.slug, annotations: [] };
  reports.set(key, report);
  return { status: 200, body: reportJson(report) };
}

function getReport(ctx: DcContext): Reply {
  return { status: 200, body: reportJson(findReport(ctx)) };
}

function deleteReport(ctx: DcContext): Reply {
  const report = findReport(ctx);
  mustBeAuthor(ctx, report, true);
  repoOf(ctx).reports.get(report.commit)?.delete(report.key); // annotations go with it
  return { status: 204 };
}

function checkAnnotation(item: unknown, where: string, problems: Problems): Record<string, unknown> {
  if (!isRecord(item)) {
    problems.add(where, `${where} must be an object`);
    return {};
  }
  if (typeof item['message'] !== 'string' || item['message'] === '') problems.add(`${where}.message`, 'An annotation message is required');
  problems.maxLength(item['message'], DC_LIMITS.annotationMessage, `${where}.message`);
  if (!SEVERITIES.includes(item['severity'] as string)) problems.add(`${where}.severity`, `severity must be one of ${SEVERITIES.join(', ')}`);
  problems.oneOf(item['type'], ANNOTATION_TYPES, `${where}.type`);
  if (item['line'] !== undefined && !(Number.isInteger(item['line']) && (item['line'] as number) >= 0)) problems.add(`${where}.line`, 'line must be a non-negative integer');
  problems.maxLength(item['path'], DC_LIMITS.annotationPath, `${where}.path`);
  problems.maxLength(item['externalId'], DC_LIMITS.annotationExternalId, `${where}.externalId`);
  problems.url(item['link'], `${where}.link`);
  return item;
}

function tooMany(ctx: DcContext, total: number): Rejection {
  const max = ctx.settings.maxAnnotationsPerReport;
  return new Rejection(dcError(400, `A report cannot have more than ${max} annotations; this request would make ${total}. No annotations were added.`, 'annotations'));
}

function addAnnotations(ctx: DcContext): Reply {
  const report = findReport(ctx);
  mustBeAuthor(ctx, report, false);
  const items = bodyObject(ctx)['annotations'];
  if (!Array.isArray(items) || items.length === 0) return dcError(400, 'At least one annotation is required', 'annotations');
  const problems = new Problems();
  const checked = items.map((item, i) => checkAnnotation(item, `annotations[${i}]`, problems));
  problems.throwIfAny();
  const total = report.annotations.length + checked.length;
  if (total > ctx.settings.maxAnnotationsPerReport) throw tooMany(ctx, total);
  report.annotations.push(...checked.map((a) => ({ ...a })));
  return { status: 204 };
}

function listAnnotations(ctx: DcContext): Reply {
  const report = findReport(ctx);
  return { status: 200, body: { annotations: report.annotations.map((a) => annotationJson(report.key, a)) } };
}

function deleteAnnotations(ctx: DcContext): Reply {
  const report = findReport(ctx);
  mustBeAuthor(ctx, report, true);
  const ids = ctx.req.query.getAll('externalId');
  report.annotations = ids.length === 0 ? [] : report.annotations.filter((a) => !ids.includes(a['externalId'] as string));
  return { status: 204 };
}

function putAnnotation(ctx: DcContext): Reply {
  const report = findReport(ctx);
  mustBeAuthor(ctx, report, false);
  const problems = new Problems();
  const annotation = { ...checkAnnotation(bodyObject(ctx), 'annotation', problems), externalId: ctx.params['externalId']! };
  problems.throwIfAny();
  const others = report.annotations.filter((a) => a['externalId'] !== annotation.externalId);
  if (others.length + 1 > ctx.settings.maxAnnotationsPerReport) throw tooMany(ctx, others.length + 1);
  report.annotations = [...others, annotation];
  return { status: 204 };
}

function commitAnnotations(ctx: DcContext): Reply {
  const commit = commitOf(ctx);
  const q = ctx.req.query;
  const filter = (name: string, value: unknown) => q.getAll(name).length === 0 || q.getAll(name).includes(String(value));
  const annotations = [...(repoOf(ctx).reports.get(commit)?.values() ?? [])]
    .filter((r) => filter('key', r.key))
    .flatMap((r) => r.annotations.map((a) => annotationJson(r.key, a)))
    .filter((a) => filter('path', a['path']) && filter('severity', a['severity']) && filter('type', a['type']) && filter('externalId', a['externalId']));
  return { status: 200, body: { annotations } };
}

/** Servers older than 7.14 have no repository-scoped build resource at all. */
function requireModernBuilds(ctx: DcContext): void {
  if (ctx.settings.legacyBuildStatusOnly) throw new Rejection(dcError(404, `No resource at ${ctx.req.url.pathname}`));
}

function storeBuild(ctx: DcContext, commit: string, fields: Record<string, unknown>, repository?: string): void {
  const key = fields['key'] as string;
  let statuses = ctx.state.buildStatuses.get(commit);
  if (!statuses) ctx.state.buildStatuses.set(commit, (statuses = new Map()));
  const now = ctx.state.now();
  const existing = statuses.get(key);
  const status: DcBuildStatus = existing
    ? Object.assign(existing, { fields, updatedDate: now })
    : { key, fields, createdDate: now, updatedDate: now };
  if (repository) status.repository = repository;
  statuses.set(key, status);
}

function requireText(problems: Problems, value: unknown, context: string, limit: number): void {
  if (typeof value !== 'string' || value.trim() === '') problems.add(context, `${context} is required`);
  problems.maxLength(value, limit, context);
}

function addBuild(ctx: DcContext): Reply {
  requireModernBuilds(ctx);
  const commit = commitOf(ctx);
  const body = bodyObject(ctx);
  const problems = new Problems();
  requireText(problems, body['key'], 'key', DC_LIMITS.buildKey);
  requireText(problems, body['url'], 'url', DC_LIMITS.buildUrl);
  if (!BUILD_STATES.includes(body['state'] as string)) problems.add('state', `state must be one of ${BUILD_STATES.join(', ')}`);
  problems.maxLength(body['name'], DC_LIMITS.buildName, 'name');
  problems.maxLength(body['buildNumber'], DC_LIMITS.buildNumber, 'buildNumber');
  problems.maxLength(body['parent'], DC_LIMITS.buildParent, 'parent');
  problems.maxLength(body['ref'], DC_LIMITS.buildRef, 'ref');
  if (body['ref'] !== undefined && !(typeof body['ref'] === 'string' && body['ref'].startsWith('refs/'))) problems.add('ref', 'ref must be a fully qualified ref (refs/...)');
  problems.throwIfAny();
  const repo = repoOf(ctx);
  storeBuild(ctx, commit, body, `${repo.project.key}/${repo.slug}`);
  return { status: 204 };
}

function buildKeyOf(ctx: DcContext): string {
  const key = ctx.req.query.get('key');
  if (!key) throw new Rejection(dcError(400, 'The key query parameter is required', 'key'));
  return key;
}

function getBuild(ctx: DcContext): Reply {
  requireModernBuilds(ctx);
  const status = ctx.state.buildStatus(commitOf(ctx), buildKeyOf(ctx));
  if (!status) return dcError(404, 'No build status with this key exists for this commit.', null, EXCEPTIONS.noSuchBuildStatus);
  return { status: 200, body: buildStatusJson(status) };
}

function deleteBuild(ctx: DcContext): Reply {
  requireModernBuilds(ctx);
  const commit = commitOf(ctx);
  const key = buildKeyOf(ctx);
  if (!ctx.state.buildStatuses.get(commit)?.delete(key)) return dcError(404, 'No build status with this key exists for this commit.', null, EXCEPTIONS.noSuchBuildStatus);
  return { status: 204 };
}

function addLegacyBuild(ctx: DcContext): Reply {
  const commit = commitOf(ctx);
  const body = bodyObject(ctx);
  const problems = new Problems();
  requireText(problems, body['key'], 'key', DC_LIMITS.legacyField);
  requireText(problems, body['url'], 'url', DC_LIMITS.buildUrl);
  if (!LEGACY_BUILD_STATES.includes(body['state'] as string)) problems.add('state', `state must be one of ${LEGACY_BUILD_STATES.join(', ')}`);
  problems.maxLength(body['name'], DC_LIMITS.legacyField, 'name');
  problems.maxLength(body['description'], DC_LIMITS.legacyField, 'description');
  problems.throwIfAny();
  storeBuild(ctx, commit, body);
  return { status: 204 };
}

function listLegacyBuilds(ctx: DcContext): Reply {
  return pageReply(ctx, ctx.state.builds(commitOf(ctx)).map(buildStatusJson));
}
