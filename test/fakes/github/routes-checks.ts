/**
 * Check runs and their annotations (api-contracts.md §3.4). Only GitHub Apps write them (the route
 * table says so); each PATCH appends its annotations to those already there; a conclusion makes
 * the run completed; past 1000 runs of one name in a suite the oldest goes. The limits are
 * enforced here whether or not the spec is loaded: output text in characters and — observed,
 * github/docs#35252 — in bytes, 50 annotations a request, annotation sizes, three actions.
 */
import { Rejection, type Reply } from '../fake-server.js';
import { isRecord } from '../insight-data.js';
import { isFullSha } from '../sha.js';
import { GITHUB_LIMITS } from './limits.js';
import { paginate } from './paging.js';
import { REPO, type GitHubContext, type GitHubRoute } from './route.js';
import type { CheckAnnotation, GitHubCheckRun } from './state.js';
import { annotationJson, basicError, checkRunJson, invalidRequest, notSupplied, tooManyCharacters, validationFailed } from './wire.js';

const RUNS = `${REPO}/check-runs`;
const RUN = `${RUNS}/{check_run_id}`;
const DOCS = 'https://docs.github.com/rest/checks/runs';
const READ = { anyOf: ['checks'], access: 'read' } as const;
const WRITE = { anyOf: ['checks'], access: 'write' } as const;

export const CHECK_ROUTES: readonly GitHubRoute[] = [
  { kind: 'repository', method: 'POST', template: RUNS, name: 'checkRuns.create', docs: `${DOCS}#create-a-check-run`, permission: WRITE, appsOnly: true, createsContent: true, handler: createCheckRun },
  { kind: 'repository', method: 'GET', template: RUN, name: 'checkRuns.get', docs: `${DOCS}#get-a-check-run`, permission: READ, handler: getCheckRun },
  { kind: 'repository', method: 'PATCH', template: RUN, name: 'checkRuns.update', docs: `${DOCS}#update-a-check-run`, permission: WRITE, appsOnly: true, handler: updateCheckRun },
  { kind: 'repository', method: 'GET', template: `${RUN}/annotations`, name: 'checkRuns.annotations', docs: `${DOCS}#list-check-run-annotations`, permission: READ, handler: listAnnotations },
  { kind: 'repository', method: 'GET', template: `${REPO}/commits/{ref}/check-runs`, name: 'checkRuns.listForRef', docs: `${DOCS}#list-check-runs-for-a-git-reference`, permission: READ, handler: listForRef },
];

const COMPLETED = 'completed';

function bodyOf(ctx: GitHubContext): Record<string, unknown> {
  const body = ctx.req.body.present ? ctx.req.body.value : undefined;
  if (!isRecord(body)) throw new Rejection(invalidRequest(ctx.docs, ["For '(body)', must be object."]));
  return body;
}

function findRun(ctx: GitHubContext): GitHubCheckRun {
  const run = ctx.repo.checkRuns.get(Number(ctx.params['check_run_id']));
  if (!run) throw new Rejection(basicError(404, 'Not Found', ctx.docs));
  return run;
}

function createCheckRun(ctx: GitHubContext): Reply {
  const body = bodyOf(ctx);
  const missing = ['name', 'head_sha'].filter((key) => typeof body[key] !== 'string');
  if (missing.length > 0) throw new Rejection(invalidRequest(ctx.docs, [notSupplied(missing)]));
  const annotations = checkWrite(ctx, body, true);
  const headSha = String(body['head_sha']).toLowerCase();
  const run: GitHubCheckRun = {
    id: ctx.state.newCheckRunId(),
    name: String(body['name']),
    headSha,
    app: ctx.token.account,
    checkSuiteId: ctx.state.checkSuiteId(ctx.repo, headSha, ctx.token.account),
    externalId: '',
    status: 'queued',
    conclusion: null,
    detailsUrl: null,
    startedAt: ctx.state.now(),
    completedAt: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
  };
  apply(ctx, run, body, annotations);
  ctx.repo.checkRuns.set(run.id, run);
  dropBeyondLimit(ctx, run);
  const json = checkRunJson(ctx.urls, ctx.repo, run);
  return { status: 201, headers: { location: String(json['url']) }, body: json };
}

function updateCheckRun(ctx: GitHubContext): Reply {
  const run = findRun(ctx);
  const body = bodyOf(ctx);
  apply(ctx, run, body, checkWrite(ctx, body, false));
  return { status: 200, body: checkRunJson(ctx.urls, ctx.repo, run) };
}

function apply(ctx: GitHubContext, run: GitHubCheckRun, body: Record<string, unknown>, annotations: CheckAnnotation[]): void {
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
  run.name = text('name') ?? run.name;
  run.externalId = text('external_id') ?? run.externalId;
  run.detailsUrl = text('details_url') ?? run.detailsUrl;
  run.startedAt = text('started_at') ?? run.startedAt;
  const conclusion = text('conclusion');
  const status = text('status');
  // "Providing conclusion will automatically set the status parameter to completed" (the spec).
  if (conclusion !== undefined) {
    run.conclusion = conclusion;
    run.status = COMPLETED;
    run.completedAt = text('completed_at') ?? ctx.state.now();
  } else if (status !== undefined) {
    run.status = status;
    if (status !== COMPLETED) {
      run.conclusion = null;
      run.completedAt = null;
    }
  }
  const output = body['output'];
  if (isRecord(output)) {
    for (const key of ['title', 'summary', 'text'] as const) {
      if (typeof output[key] === 'string') run.output[key] = output[key];
    }
  }
  run.annotations.push(...annotations);
}

/** GitHub keeps 1000 runs of one name per check suite and deletes older ones. */
function dropBeyondLimit(ctx: GitHubContext, run: GitHubCheckRun): void {
  const same = [...ctx.repo.checkRuns.values()].filter((r) => r.checkSuiteId === run.checkSuiteId && r.name === run.name).sort((a, b) => a.id - b.id);
  for (const old of same.slice(0, Math.max(0, same.length - GITHUB_LIMITS.checkRunsPerNamePerSuite))) ctx.repo.checkRuns.delete(old.id);
}

/** The rules of §3.4 on a create or update body; returns the annotations it carries, ready to store. */
function checkWrite(ctx: GitHubContext, body: Record<string, unknown>, creating: boolean): CheckAnnotation[] {
  if (body['status'] === COMPLETED && body['conclusion'] === undefined) throw new Rejection(invalidRequest(ctx.docs, [notSupplied(['conclusion'])]));
  checkActions(ctx, body['actions']);
  const output = body['output'];
  if (output === undefined) return [];
  if (!isRecord(output)) throw new Rejection(invalidRequest(ctx.docs, ["For 'output', must be object."]));
  const missing = (creating ? ['title', 'summary'] : ['summary']).filter((key) => typeof output[key] !== 'string');
  if (missing.length > 0) throw new Rejection(invalidRequest(ctx.docs, [notSupplied(missing)]));
  for (const key of ['summary', 'text'] as const) {
    const value = output[key];
    if (typeof value !== 'string') continue;
    const max = GITHUB_LIMITS.checkRunOutputText;
    // Observed: characters are checked first (zyborg/dotnet-tests-report#9), then bytes (dorny/test-reporter#57).
    if ([...value].length > max) throw new Rejection(invalidRequest(ctx.docs, [tooManyCharacters(max, value)]));
    if (Buffer.byteLength(value) > max) throw new Rejection(validationFailed(ctx.docs, { resource: 'CheckRun', code: 'custom', field: key, message: `${key} exceeds a maximum bytesize of ${max}` }));
  }
  return annotationsOf(ctx, output['annotations']);
}

function checkActions(ctx: GitHubContext, actions: unknown): void {
  if (actions === undefined) return;
  const problem = (message: string) => new Rejection(invalidRequest(ctx.docs, [`For 'actions', ${message}.`]));
  if (!Array.isArray(actions)) throw problem('must be array');
  if (actions.length > GITHUB_LIMITS.actions) throw problem(`must NOT have more than ${GITHUB_LIMITS.actions} items`);
  const limits = { label: GITHUB_LIMITS.actionLabel, description: GITHUB_LIMITS.actionDescription, identifier: GITHUB_LIMITS.actionIdentifier };
  for (const action of actions) {
    for (const [key, max] of Object.entries(limits)) {
      const value = isRecord(action) ? action[key] : undefined;
      if (typeof value !== 'string') throw new Rejection(invalidRequest(ctx.docs, [notSupplied([key])]));
      if ([...value].length > max) throw problem(`${key} must NOT have more than ${max} characters`);
    }
  }
}

const REQUIRED_ANNOTATION_FIELDS = ['path', 'start_line', 'end_line', 'annotation_level', 'message'] as const;

/** Invalid annotations answer `{resource: CheckRun, code: invalid, field: annotations}` (observed: probot#790). */
function annotationsOf(ctx: GitHubContext, annotations: unknown): CheckAnnotation[] {
  if (annotations === undefined) return [];
  const invalid = (message: string) => new Rejection(validationFailed(ctx.docs, { resource: 'CheckRun', code: 'invalid', field: 'annotations', message }));
  if (!Array.isArray(annotations)) throw invalid('annotations must be an array');
  if (annotations.length > GITHUB_LIMITS.annotationsPerRequest) throw invalid(`at most ${GITHUB_LIMITS.annotationsPerRequest} annotations per request; ${annotations.length} were sent`);
  return annotations.map((a: unknown, i) => {
    if (!isRecord(a)) throw invalid(`annotations[${i}] is not an object`);
    const missing = REQUIRED_ANNOTATION_FIELDS.filter((key) => a[key] === undefined || a[key] === null);
    if (missing.length > 0) throw new Rejection(invalidRequest(ctx.docs, [notSupplied(missing)]));
    const optional = (key: string) => (a[key] === undefined ? null : a[key]);
    const annotation = {
      path: String(a['path']),
      start_line: Number(a['start_line']),
      end_line: Number(a['end_line']),
      start_column: optional('start_column') as number | null,
      end_column: optional('end_column') as number | null,
      annotation_level: String(a['annotation_level']),
      title: optional('title') as string | null,
      message: String(a['message']),
      raw_details: optional('raw_details') as string | null,
    };
    if (annotation.title !== null && [...annotation.title].length > GITHUB_LIMITS.annotationTitle) throw invalid(`annotations[${i}].title is longer than ${GITHUB_LIMITS.annotationTitle} characters`);
    if (Buffer.byteLength(annotation.message) > GITHUB_LIMITS.annotationMessageBytes) throw invalid(`annotations[${i}].message is larger than 64 KB`);
    if (annotation.raw_details !== null && Buffer.byteLength(annotation.raw_details) > GITHUB_LIMITS.annotationRawDetailsBytes) throw invalid(`annotations[${i}].raw_details is larger than 64 KB`);
    if ((annotation.start_column !== null || annotation.end_column !== null) && annotation.start_line !== annotation.end_line) {
      throw invalid(`annotations[${i}] has columns but spans lines ${annotation.start_line}-${annotation.end_line}`);
    }
    return annotation;
  });
}

function getCheckRun(ctx: GitHubContext): Reply {
  return { status: 200, body: checkRunJson(ctx.urls, ctx.repo, findRun(ctx)) };
}

function listAnnotations(ctx: GitHubContext): Reply {
  const run = findRun(ctx);
  const page = paginate(run.annotations, ctx.req, ctx.settings.maxPerPage);
  return { status: 200, headers: page.headers, body: page.items.map((a) => annotationJson(ctx.urls, ctx.repo, run, a)) };
}

function listForRef(ctx: GitHubContext): Reply {
  const ref = ctx.params['ref']!;
  // A run may sit on any full sha it was created for, known commit or not.
  const sha = ctx.state.resolveRef(ctx.repo, ref) ?? (isFullSha(ref) ? ref.toLowerCase() : undefined);
  if (sha === undefined) return basicError(422, `No commit found for SHA: ${ref}`, ctx.docs);
  const q = ctx.req.query;
  let runs = ctx.state.checkRuns(ctx.repo, sha).sort((a, b) => b.id - a.id);
  const name = q.get('check_name');
  const status = q.get('status');
  const appId = q.get('app_id');
  if (name !== null) runs = runs.filter((r) => r.name === name);
  if (status !== null) runs = runs.filter((r) => r.status === status);
  if (appId !== null) runs = runs.filter((r) => String(r.app.id) === appId);
  // `filter=latest` (the default) keeps the newest run of each name.
  if (q.get('filter') !== 'all') runs = runs.filter((r, i) => runs.findIndex((o) => o.name === r.name && o.app.id === r.app.id) === i);
  const page = paginate(runs, ctx.req, ctx.settings.maxPerPage);
  return { status: 200, headers: page.headers, body: { total_count: runs.length, check_runs: page.items.map((r) => checkRunJson(ctx.urls, ctx.repo, r)) } };
}
