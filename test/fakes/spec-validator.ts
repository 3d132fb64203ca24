/**
 * Checks request bodies against the vendors' own OpenAPI descriptions, so a fake never accepts a
 * body the real platform's published contract rejects. The specs live outside the project
 * (/work/shared/specs); when they are absent validation is off and `status` says why, so the fakes
 * still run wherever the project is checked out.
 *
 * Schemas are compiled against `#/definitions/...` / `#/components/schemas/...` references, never
 * dereferenced: the Cloud spec is recursive (comment.parent, pull request <-> repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { CLOUD_QUIRKS, DATAFOLD_QUIRKS, DC_QUIRKS, GITHUB_QUIRKS, type SchemaMap, type SpecName, type SpecQuirk } from './spec-quirks.js';

export type { SpecName } from './spec-quirks.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where the shared specs sit next to the project (never copied into it). PR_INSIGHTS_SPECS_DIR
 * points elsewhere — or at a missing directory, to check that everything runs without them.
 */
export const DEFAULT_SPECS_DIR = process.env['PR_INSIGHTS_SPECS_DIR'] ?? path.resolve(PROJECT_ROOT, '../shared/specs');

const SPEC_FILES: Record<SpecName, string> = {
  'bitbucket-cloud': 'bitbucket-cloud-subset.json',
  'bitbucket-data-center': 'bitbucket-dc-subset.json',
  datafold: 'datafold-openapi.json',
  github: 'github-subset.json',
};

/** True when both Bitbucket subsets are readable, i.e. spec-dependent tests can run. */
export function specsAvailable(dir: string = DEFAULT_SPECS_DIR): boolean {
  return [SPEC_FILES['bitbucket-cloud'], SPEC_FILES['bitbucket-data-center']].every((file) => existsSync(path.join(dir, file)));
}

/** True when the given spec's file is readable. */
export function specAvailable(spec: SpecName, dir: string = DEFAULT_SPECS_DIR): boolean {
  return existsSync(path.join(dir, SPEC_FILES[spec]));
}

export interface SpecValidationStatus {
  readonly spec: SpecName;
  readonly enabled: boolean;
  /** The file validated against, when enabled. */
  readonly file?: string;
  /** Why validation is off. */
  readonly reason?: string;
  /** Ids of the quirks applied (see spec-quirks.ts). */
  readonly quirks: readonly string[];
}

export interface SpecOperation {
  readonly method: string;
  /** Path template as written in the spec, without basePath / server prefix. */
  readonly template: string;
  readonly operationId?: string;
  readonly acceptsBody: boolean;
  readonly bodyRequired: boolean;
}

export type ViolationReason = 'unknown-operation' | 'body-not-accepted' | 'missing-body' | 'schema' | 'invalid-json' | 'content-type' | 'header';

export interface SpecViolation {
  readonly spec: SpecName;
  readonly method: string;
  readonly path: string;
  /** `operationId`, or `METHOD template` when the spec gives none. */
  readonly operation?: string;
  readonly reason: ViolationReason;
  readonly errors: ReadonlyArray<{ pointer: string; message: string }>;
  readonly body: unknown;
}

/** `present: false` is a request without a body, distinct from a JSON `null` body. */
export type RequestBody = { present: false } | { present: true; value: unknown };

export type BodyCheck = { ok: true; operation?: SpecOperation } | { ok: false; violation: SpecViolation };

export interface SpecValidator {
  readonly status: SpecValidationStatus;
  /** `apiPath` includes the spec's prefix: `/2.0/...` for Cloud, `/rest/...` for Data Center. */
  findOperation(method: string, apiPath: string): SpecOperation | undefined;
  checkBody(method: string, apiPath: string, body: RequestBody): BodyCheck;
}

interface IndexedOperation extends SpecOperation {
  readonly segments: readonly string[];
  readonly literals: number;
  readonly bodyIndex?: number;
}

const cache = new Map<string, SpecValidator>();

/** `specsDir: false` turns validation off on purpose. */
export function loadSpecValidator(spec: SpecName, specsDir: string | false = DEFAULT_SPECS_DIR): SpecValidator {
  if (specsDir === false) return disabled(spec, 'validation turned off by the caller');
  const file = path.join(specsDir, SPEC_FILES[spec]);
  const key = `${spec}\0${file}`;
  let validator = cache.get(key);
  if (!validator) {
    validator = existsSync(file) ? build(spec, file) : disabled(spec, `${file} not found`);
    cache.set(key, validator);
  }
  return validator;
}

function disabled(spec: SpecName, reason: string): SpecValidator {
  return {
    status: { spec, enabled: false, reason, quirks: [] },
    findOperation: () => undefined,
    checkBody: () => ({ ok: true }),
  };
}

function build(spec: SpecName, file: string): SpecValidator {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const cloud = spec === 'bitbucket-cloud';
  const quirks: readonly SpecQuirk[] = spec === 'github' ? GITHUB_QUIRKS : spec === 'datafold' ? DATAFOLD_QUIRKS : cloud ? CLOUD_QUIRKS : DC_QUIRKS;
  const schemas = (cloud ? doc['definitions'] : (doc['components'] as Record<string, unknown>)['schemas']) as SchemaMap;

  const bodies: unknown[] = [];
  const operations = indexOperations(doc['paths'] as Record<string, Record<string, unknown>>, cloud, bodies);
  // Quirks run over named schemas and inline bodies alike (nullable may appear in either).
  const all: SchemaMap = { ...schemas };
  bodies.forEach((body, i) => (all[`x-request-body-${i}`] = body as Record<string, unknown>));
  for (const quirk of quirks) quirk.apply(all);

  const id = `urn:pr-insights:fake-spec:${spec}`;
  const root: Record<string, unknown> = { $id: id, 'x-request-bodies': bodies.map((_, i) => all[`x-request-body-${i}`]) };
  if (cloud) root['definitions'] = schemas;
  else root['components'] = { schemas };

  // OpenAPI 3.1 schemas are JSON Schema 2020-12 (Datafold's pairs are `prefixItems`).
  const ajv = String(doc['openapi']).startsWith('3.1') ? new Ajv2020({ strict: false, allErrors: true }) : new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(root);
  const compiled = new Map<number, ValidateFunction>();
  const validatorFor = (index: number): ValidateFunction => {
    let fn = compiled.get(index);
    if (!fn) {
      fn = ajv.compile({ $ref: `${id}#/x-request-bodies/${index}` });
      compiled.set(index, fn);
    }
    return fn;
  };

  const toSpecPath = spec === 'github' ? githubSpecPath : spec === 'datafold' ? datafoldSpecPath : cloud ? cloudSpecPath : dcSpecPath;
  const findIndexed = (method: string, apiPath: string): IndexedOperation | undefined => {
    const specPath = toSpecPath(apiPath);
    if (specPath === undefined) return undefined;
    return match(operations, method.toLowerCase(), specPath);
  };

  return {
    status: { spec, enabled: true, file, quirks: quirks.map((q) => q.id) },
    findOperation: (method, apiPath) => findIndexed(method, apiPath),
    checkBody(method, apiPath, body) {
      const op = findIndexed(method, apiPath);
      const violation = (reason: ViolationReason, errors: SpecViolation['errors']): BodyCheck => ({
        ok: false,
        violation: {
          spec,
          method,
          path: apiPath,
          ...(op ? { operation: op.operationId ?? `${op.method.toUpperCase()} ${op.template}` } : {}),
          reason,
          errors,
          body: body.present ? body.value : undefined,
        },
      });
      if (!op) {
        return body.present ? violation('unknown-operation', [{ pointer: '', message: `the spec describes no ${method} ${apiPath}` }]) : { ok: true };
      }
      if (!body.present) {
        return op.bodyRequired ? violation('missing-body', [{ pointer: '', message: 'the operation requires a request body' }]) : { ok: true, operation: op };
      }
      if (op.bodyIndex === undefined) {
        return violation('body-not-accepted', [{ pointer: '', message: 'the spec describes no request body for this operation' }]);
      }
      const validate = validatorFor(op.bodyIndex);
      if (validate(body.value)) return { ok: true, operation: op };
      return violation('schema', (validate.errors ?? []).map(describeError));
    },
  };
}

function indexOperations(paths: Record<string, Record<string, unknown>>, cloud: boolean, bodies: unknown[]): IndexedOperation[] {
  const ops: IndexedOperation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      const op = raw as Record<string, unknown>;
      const body = cloud ? swaggerBody(op) : openApiBody(op);
      let bodyIndex: number | undefined;
      if (body) {
        bodyIndex = bodies.length;
        bodies.push(body.schema);
      }
      const segments = template.split('/');
      ops.push({
        method,
        template,
        ...(typeof op['operationId'] === 'string' ? { operationId: op['operationId'] } : {}),
        acceptsBody: body !== undefined,
        bodyRequired: body?.required ?? false,
        segments,
        literals: segments.filter((s) => !isParam(s)).length,
        ...(bodyIndex === undefined ? {} : { bodyIndex }),
      });
    }
  }
  return ops;
}

function swaggerBody(op: Record<string, unknown>): { schema: unknown; required: boolean } | undefined {
  const params = Array.isArray(op['parameters']) ? (op['parameters'] as Record<string, unknown>[]) : [];
  const body = params.find((p) => p['in'] === 'body');
  return body ? { schema: body['schema'], required: body['required'] === true } : undefined;
}

function openApiBody(op: Record<string, unknown>): { schema: unknown; required: boolean } | undefined {
  const requestBody = op['requestBody'] as { content?: Record<string, { schema?: unknown }>; required?: boolean } | undefined;
  if (!requestBody?.content) return undefined;
  // Data Center declares some bodies as `*/*`; the JSON one wins when both exist.
  const media = requestBody.content['application/json'] ?? Object.values(requestBody.content)[0];
  return media?.schema === undefined ? undefined : { schema: media.schema, required: requestBody.required === true };
}

function match(ops: readonly IndexedOperation[], method: string, specPath: string): IndexedOperation | undefined {
  const segments = specPath.split('/');
  let best: IndexedOperation | undefined;
  for (const op of ops) {
    if (op.method !== method || op.segments.length !== segments.length) continue;
    const fits = op.segments.every((s, i) => (isParam(s) ? segments[i] !== '' : s === segments[i]));
    // `/commits/stats/{id}` must win over `/commits/{id}/...`-like siblings: most literal segments first.
    if (fits && (!best || op.literals > best.literals)) best = op;
  }
  return best;
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

function cloudSpecPath(apiPath: string): string | undefined {
  return apiPath.startsWith('/2.0/') ? apiPath.slice('/2.0'.length) : undefined;
}

/** `/rest/insights/1.0/...` and `/rest/insights/latest/...` are the same resource; the spec names only `latest`. */
function dcSpecPath(apiPath: string): string | undefined {
  if (!apiPath.startsWith('/rest/')) return undefined;
  return apiPath.slice('/rest'.length).replace(/^\/([a-z-]+)\/1\.0\//, '/$1/latest/');
}

/** Datafold's spec names full paths (`/api/v1/datadiffs`), as sent to the host. */
function datafoldSpecPath(apiPath: string): string | undefined {
  return apiPath.startsWith('/api/') ? apiPath : undefined;
}

/** GitHub's spec names paths below the API base (github.com's root, GHES's `/api/v3`); the fake passes them so. */
function githubSpecPath(apiPath: string): string {
  return apiPath;
}

function describeError(e: ErrorObject): { pointer: string; message: string } {
  const params = e.params as Record<string, unknown>;
  let message = e.message ?? 'is invalid';
  if (e.keyword === 'enum') message += `: ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'additionalProperties') message += `: ${String(params['additionalProperty'])}`;
  return { pointer: e.instancePath, message };
}
