/**
 * Bitbucket Cloud Code Insights reports and annotations (api-contracts.md §1.4, §1.5) and commit
 * build statuses (§1.6), with the platform's limits: details ≤ 2000, data ≤ 10, annotations ≤ 100
 * per request and ≤ 1000 per report, summary required and ≤ 450, status key ≤ 40.
 */
import { randomUUID } from 'node:crypto';
import { Rejection, type Reply } from '../fake-server.js';
import type { CloudAnnotation, CloudReport } from './state.js';
import { annotationJson, cloudError, insightsError, reportJson, statusJson } from './wire.js';
import { listReply, type CloudContext, type CloudRoute } from './routes.js';
import { dataItemProblem, isHttpUrl, isRecord } from '../insight-data.js';
import { isShaPrefix } from '../sha.js';

export const CLOUD_LIMITS = {
  reportDetails: 2000,
  reportData: 10,
  annotationsPerRequest: 100,
  annotationsPerReport: 1000,
  annotationSummary: 450,
  /** Not documented; assumed equal to the report's (api-contracts.md §1.5). */
  annotationDetails: 2000,
  statusKey: 40,
} as const;

const REPORT_RESULTS = ['PASSED', 'FAILED', 'PENDING'];
const REPORT_TYPES = ['SECURITY', 'COVERAGE', 'TEST', 'BUG'];
const ANNOTATION_TYPES = ['VULNERABILITY', 'CODE_SMELL', 'BUG'];
const ANNOTATION_RESULTS = ['PASSED', 'FAILED', 'SKIPPED', 'IGNORED'];
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
const STATUS_STATES = ['SUCCESSFUL', 'FAILED', 'INPROGRESS', 'STOPPED'];
/** Server-assigned fields a client may echo back; never stored from a request. */
const READ_ONLY = ['type', 'uuid', 'external_id', 'created_on', 'updated_on', 'commit_hash', 'links'];

const COMMIT = '/repositories/{workspace}/{repo_slug}/commit/{commit}';
const REPORT = `${COMMIT}/reports/{reportId}`;

export const INSIGHTS_ROUTES: readonly CloudRoute[] = [
  { method: 'GET', template: `${COMMIT}/reports`, name: 'reports.list', scope: 'repository', insights: true, handler: listReports },
  { method: 'PUT', template: REPORT, name: 'reports.put', scope: 'repository', insights: true, handler: putReport },
  { method: 'GET', template: REPORT, name: 'reports.get', scope: 'repository', insights: true, handler: getReport },
  { method: 'DELETE', template: REPORT, name: 'reports.delete', scope: 'repository', insights: true, handler: deleteReport },
  { method: 'GET', template: `${REPORT}/annotations`, name: 'annotations.list', scope: 'repository', insights: true, handler: listAnnotations },
  { method: 'POST', template: `${REPORT}/annotations`, name: 'annotations.create', scope: 'repository', insights: true, handler: bulkAnnotations },
  { method: 'GET', template: `${REPORT}/annotations/{annotationId}`, name: 'annotation.get', scope: 'repository', insights: true, handler: getAnnotation },
  { method: 'PUT', template: `${REPORT}/annotations/{annotationId}`, name: 'annotation.put', scope: 'repository', insights: true, handler: putAnnotation },
  { method: 'DELETE', template: `${REPORT}/annotations/{annotationId}`, name: 'annotation.delete', scope: 'repository', insights: true, handler: deleteAnnotation },
];

export const STATUS_ROUTES: readonly CloudRoute[] = [
  { method: 'GET', template: `${COMMIT}/statuses`, name: 'statuses.list', scope: 'repository', handler: listStatuses },
  { method: 'POST', template: `${COMMIT}/statuses/build`, name: 'statuses.create', scope: 'repository', handler: createStatus },
  { method: 'GET', template: `${COMMIT}/statuses/build/{key}`, name: 'statuses.get', scope: 'repository', handler: getStatus },
  { method: 'PUT', template: `${COMMIT}/statuses/build/{key}`, name: 'statuses.update', scope: 'repository', handler: updateStatus },
];

function badRequest(message: string): Rejection {
  return new Rejection(insightsError(400, 'report-service.general.bad-request', message));
}

function commitOf(ctx: CloudContext): string {
  const commit = ctx.params['commit']!;
  if (!isShaPrefix(commit)) throw new Rejection(cloudError(404, `Commit ${commit} not found`));
  return ctx.state.resolveCommit(ctx.repo, commit);
}

function body(ctx: CloudContext): unknown {
  return ctx.req.body.present ? ctx.req.body.value : undefined;
}

function findReport(ctx: CloudContext): CloudReport {
  const report = ctx.state.report(ctx.repo, commitOf(ctx), ctx.params['reportId']!);
  if (!report) throw new Rejection(insightsError(404, 'report-service.report.not-found', `Report ${ctx.params['reportId']} not found`));
  return report;
}

function writable(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !READ_ONLY.includes(k)));
}

function oneOf(value: unknown, allowed: readonly string[], field: string): void {
  if (value !== undefined && !allowed.includes(value as string)) throw badRequest(`The ${field} field must be one of ${allowed.join(', ')}.`);
}

function listReports(ctx: CloudContext): Reply {
  return listReply(ctx, ctx.state.reports(ctx.repo, commitOf(ctx)).map(reportJson));
}

function putReport(ctx: CloudContext): Reply {
  const commit = commitOf(ctx);
  const fields = body(ctx);
  if (!isRecord(fields)) throw badRequest('The request body must be a JSON object.');
  if (typeof fields['title'] !== 'string' || fields['title'] === '') throw badRequest('The title field is required.');
  if (typeof fields['details'] === 'string' && fields['details'].length > CLOUD_LIMITS.reportDetails) {
    throw badRequest(`The details field cannot contain more than ${CLOUD_LIMITS.reportDetails} characters.`);
  }
  oneOf(fields['result'], REPORT_RESULTS, 'result');
  oneOf(fields['report_type'], REPORT_TYPES, 'report_type');
  for (const field of ['link', 'logo_url']) {
    if (fields[field] !== undefined && !isHttpUrl(fields[field])) throw badRequest(`The ${field} field must be a valid URL.`);
  }
  const data = fields['data'];
  if (data !== undefined) {
    if (!Array.isArray(data)) throw badRequest('The data field must be an array.');
    if (data.length > CLOUD_LIMITS.reportData) throw badRequest(`The data field cannot contain more than ${CLOUD_LIMITS.reportData} elements.`);
    data.forEach((item, i) => {
      const problem = dataItemProblem(item, 'text');
      if (problem) throw badRequest(`data[${i}] ${problem}.`);
    });
  }

  const reportId = ctx.params['reportId']!;
  let reports = ctx.repo.reports.get(commit);
  if (!reports) ctx.repo.reports.set(commit, (reports = new Map()));
  const now = ctx.state.now();
  const existing = reports.get(reportId) ?? [...reports.values()].find((r) => r.uuid === reportId);
  // Replacing keeps the report's identity and its annotations; only DELETE drops those.
  const report: CloudReport = existing
    ? Object.assign(existing, { fields: writable(fields), updatedOn: now })
    : { uuid: `{${randomUUID()}}`, externalId: reportId, commit, fields: writable(fields), createdOn: now, updatedOn: now, createdBy: ctx.identity.user.uuid, annotations: new Map() };
  reports.set(report.externalId, report);
  return { status: 200, body: reportJson(report) };
}

function getReport(ctx: CloudContext): Reply {
  return { status: 200, body: reportJson(findReport(ctx)) };
}

function deleteReport(ctx: CloudContext): Reply {
  const reports = ctx.repo.reports.get(commitOf(ctx));
  const reportId = ctx.params['reportId']!;
  const report = reports?.get(reportId) ?? [...(reports?.values() ?? [])].find((r) => r.uuid === reportId);
  if (report) reports!.delete(report.externalId); // its annotations go with it
  return { status: 204 };
}

function checkAnnotation(item: unknown, where: string): Record<string, unknown> {
  if (!isRecord(item)) throw badRequest(`${where} must be a JSON object.`);
  if (typeof item['summary'] !== 'string' || item['summary'] === '') throw badRequest(`${where}: The summary field is required.`);
  if (item['summary'].length > CLOUD_LIMITS.annotationSummary) {
    throw badRequest(`${where}: The summary field cannot contain more than ${CLOUD_LIMITS.annotationSummary} characters.`);
  }
  if (typeof item['details'] === 'string' && item['details'].length > CLOUD_LIMITS.annotationDetails) {
    throw badRequest(`${where}: The details field cannot contain more than ${CLOUD_LIMITS.annotationDetails} characters.`);
  }
  // The spec's `minimum: 1` (quirk 3): an omitted line is the top of the file, 0 is an error.
  if (item['line'] !== undefined && !(Number.isInteger(item['line']) && (item['line'] as number) >= 1)) {
    throw badRequest(`${where}: The line field must be a positive integer.`);
  }
  oneOf(item['annotation_type'], ANNOTATION_TYPES, 'annotation_type');
  oneOf(item['result'], ANNOTATION_RESULTS, 'result');
  oneOf(item['severity'], SEVERITIES, 'severity');
  if (item['link'] !== undefined && !isHttpUrl(item['link'])) throw badRequest(`${where}: The link field must be a valid URL.`);
  return item;
}

function upsertAnnotation(ctx: CloudContext, report: CloudReport, externalId: string, fields: Record<string, unknown>): CloudAnnotation {
  const now = ctx.state.now();
  const existing = report.annotations.get(externalId);
  const annotation: CloudAnnotation = existing
    ? Object.assign(existing, { fields: writable(fields), updatedOn: now })
    : { uuid: `{${randomUUID()}}`, externalId, fields: writable(fields), createdOn: now, updatedOn: now };
  report.annotations.set(externalId, annotation);
  return annotation;
}

function listAnnotations(ctx: CloudContext): Reply {
  return listReply(ctx, [...findReport(ctx).annotations.values()].map(annotationJson));
}

function bulkAnnotations(ctx: CloudContext): Reply {
  const report = findReport(ctx);
  const items = body(ctx);
  if (!Array.isArray(items) || items.length === 0) throw badRequest('The request body must be a non-empty JSON array of annotations.');
  if (items.length > CLOUD_LIMITS.annotationsPerRequest) {
    throw badRequest(`A request cannot contain more than ${CLOUD_LIMITS.annotationsPerRequest} annotations.`);
  }
  const checked = items.map((item, i) => checkAnnotation(item, `annotations[${i}]`));
  const ids = checked.map((item, i) => {
    const id = item['external_id'];
    if (typeof id !== 'string' || id === '') throw badRequest(`annotations[${i}]: The external_id field is required.`);
    return id;
  });
  const after = new Set([...report.annotations.keys(), ...ids]).size;
  if (after > CLOUD_LIMITS.annotationsPerReport) {
    throw badRequest(`A report cannot have more than ${CLOUD_LIMITS.annotationsPerReport} annotations (this request would make ${after}).`);
  }
  const saved = checked.map((item, i) => annotationJson(upsertAnnotation(ctx, report, ids[i]!, item)));
  return { status: 200, body: saved };
}

function findAnnotation(ctx: CloudContext, report: CloudReport): CloudAnnotation {
  const id = ctx.params['annotationId']!;
  const annotation = report.annotations.get(id) ?? [...report.annotations.values()].find((a) => a.uuid === id);
  if (!annotation) throw new Rejection(insightsError(404, 'report-service.annotation.not-found', `Annotation ${id} not found`));
  return annotation;
}

function getAnnotation(ctx: CloudContext): Reply {
  return { status: 200, body: annotationJson(findAnnotation(ctx, findReport(ctx))) };
}

function putAnnotation(ctx: CloudContext): Reply {
  const report = findReport(ctx);
  const fields = checkAnnotation(body(ctx), 'annotation');
  const id = ctx.params['annotationId']!;
  const existing = [...report.annotations.values()].find((a) => a.uuid === id);
  const externalId = existing?.externalId ?? id;
  if (!report.annotations.has(externalId) && report.annotations.size >= CLOUD_LIMITS.annotationsPerReport) {
    throw badRequest(`A report cannot have more than ${CLOUD_LIMITS.annotationsPerReport} annotations.`);
  }
  return { status: 200, body: annotationJson(upsertAnnotation(ctx, report, externalId, fields)) };
}

function deleteAnnotation(ctx: CloudContext): Reply {
  const report = findReport(ctx);
  report.annotations.delete(findAnnotation(ctx, report).externalId);
  return { status: 204 };
}

function listStatuses(ctx: CloudContext): Reply {
  const commit = commitOf(ctx);
  return listReply(ctx, ctx.state.statuses(ctx.repo, commit).map((s) => statusJson(ctx.req.origin, ctx.repo, commit, s)));
}

function statusFields(ctx: CloudContext, keyFromPath?: string): Record<string, unknown> {
  const fields = body(ctx);
  if (!isRecord(fields)) throw new Rejection(cloudError(400, 'The request body must be a JSON object.'));
  if (keyFromPath !== undefined && fields['key'] !== undefined && fields['key'] !== keyFromPath) {
    throw new Rejection(cloudError(400, 'key: The key cannot be changed.', { key: ['The key cannot be changed.'] }));
  }
  const key = keyFromPath ?? fields['key'];
  if (typeof key !== 'string' || key === '') throw new Rejection(cloudError(400, 'key: This field is required.', { key: ['This field is required.'] }));
  if (key.length > CLOUD_LIMITS.statusKey) {
    const message = `Ensure this value has at most ${CLOUD_LIMITS.statusKey} characters (it has ${key.length}).`;
    throw new Rejection(cloudError(400, `key: ${message}`, { key: [message] }));
  }
  if (!STATUS_STATES.includes(fields['state'] as string)) {
    const message = `Select a valid choice. ${JSON.stringify(fields['state'])} is not one of the available choices.`;
    throw new Rejection(cloudError(400, `state: ${message}`, { state: [message] }));
  }
  return { ...writable(fields), key };
}

function storeStatus(ctx: CloudContext, commit: string, fields: Record<string, unknown>) {
  const key = fields['key'] as string;
  let statuses = ctx.repo.statuses.get(commit);
  if (!statuses) ctx.repo.statuses.set(commit, (statuses = new Map()));
  const now = ctx.state.now();
  const existing = statuses.get(key);
  const status = existing
    ? Object.assign(existing, { fields: { ...existing.fields, ...fields }, updatedOn: now })
    : { uuid: `{${randomUUID()}}`, key, fields, createdOn: now, updatedOn: now };
  statuses.set(key, status);
  return statusJson(ctx.req.origin, ctx.repo, commit, status);
}

function createStatus(ctx: CloudContext): Reply {
  const commit = commitOf(ctx);
  // The same key overwrites: one status per key per commit.
  const json = storeStatus(ctx, commit, statusFields(ctx));
  return { status: 201, headers: { location: String((json['links'] as { self: { href: string } }).self.href) }, body: json };
}

function getStatus(ctx: CloudContext): Reply {
  const commit = commitOf(ctx);
  const status = ctx.state.status(ctx.repo, commit, ctx.params['key']!);
  if (!status) return cloudError(404, `Build status ${ctx.params['key']} not found`);
  return { status: 200, body: statusJson(ctx.req.origin, ctx.repo, commit, status) };
}

function updateStatus(ctx: CloudContext): Reply {
  const commit = commitOf(ctx);
  if (!ctx.state.status(ctx.repo, commit, ctx.params['key']!)) return cloudError(404, `Build status ${ctx.params['key']} not found`);
  return { status: 200, body: storeStatus(ctx, commit, statusFields(ctx, ctx.params['key'])) };
}
