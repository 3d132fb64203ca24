import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { CLOUD_QUIRKS, DC_QUIRKS, type SchemaMap } from './spec-quirks.js';
import { loadSpecValidator, specsAvailable } from './spec-validator.js';

const quirk = (list: typeof DC_QUIRKS, id: string) => list.find((q) => q.id === id)!;

describe('spec quirks', () => {
  it('turns OpenAPI 3.0 nullable into JSON Schema', () => {
    const schemas: SchemaMap = {
      X: { type: 'object', properties: { a: { type: 'string', nullable: true }, b: { type: 'string', enum: ['P', 'F'], nullable: true }, c: { type: 'integer' } } },
    };
    quirk(DC_QUIRKS, 'openapi-3.0-nullable').apply(schemas);
    const validate = new Ajv({ strict: false }).compile(schemas['X']!);
    expect(validate({ a: null, b: null })).toBe(true);
    expect(validate({ c: null })).toBe(false);
    expect(validate({ b: 'Q' })).toBe(false);
  });

  it('fails loudly when the spec no longer has the shape a quirk corrects', () => {
    expect(() => quirk(CLOUD_QUIRKS, 'cloud-object-type-not-required').apply({ object: { required: [] } })).toThrow(/spec quirk no longer applies/);
    expect(() => quirk(DC_QUIRKS, 'dc-unanchored-patterns-as-enums').apply({})).toThrow(/spec quirk no longer applies/);
  });
});

describe('loadSpecValidator without specs', () => {
  it('is disabled, says why, and accepts anything', () => {
    const off = loadSpecValidator('bitbucket-cloud', '/nonexistent');
    expect(off.status).toMatchObject({ enabled: false, reason: expect.stringContaining('/nonexistent/bitbucket-cloud-subset.json not found') });
    expect(off.checkBody('POST', '/2.0/anything', { present: true, value: 1 })).toEqual({ ok: true });
    expect(loadSpecValidator('bitbucket-data-center', false).status.reason).toBe('validation turned off by the caller');
  });
});

const SPECS = specsAvailable();
const specIt = SPECS ? it : it.skip;
describe(SPECS ? 'loadSpecValidator with the shared specs' : 'loadSpecValidator with the shared specs (skipped: ../shared/specs is absent)', () => {
  specIt('finds Cloud operations below /2.0 by template', () => {
    const cloud = loadSpecValidator('bitbucket-cloud');
    expect(cloud.findOperation('POST', '/2.0/repositories/acme/widgets/commit/abc/reports/r/annotations')).toMatchObject({
      operationId: 'bulkCreateOrUpdateAnnotations',
      acceptsBody: true,
      bodyRequired: true,
    });
    expect(cloud.findOperation('GET', '/2.0/repositories/%7Bws-uuid%7D/widgets/pullrequests/1')?.template).toBe('/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}');
    expect(cloud.findOperation('GET', '/repositories/acme/widgets/pullrequests/1')).toBeUndefined();
  });

  specIt('finds Data Center operations below /rest, 1.0 standing for latest, literal segments first', () => {
    const dc = loadSpecValidator('bitbucket-data-center');
    expect(dc.findOperation('PUT', '/rest/insights/1.0/projects/P/repos/r/commits/abc/reports/k')?.operationId).toBe('setACodeInsightsReport');
    expect(dc.findOperation('GET', '/rest/build-status/1.0/commits/stats/abc')?.operationId).toBe('getBuildStatusStats');
    expect(dc.findOperation('POST', '/rest/api/latest/projects/P/repos/r/commits/abc/builds')?.operationId).toBe('add');
  });

  specIt('applies the Cloud quirks: type not required, data values of any JSON type', () => {
    const cloud = loadSpecValidator('bitbucket-cloud');
    const path = '/2.0/repositories/a/b/commit/abc/reports/r';
    expect(cloud.checkBody('PUT', path, { present: true, value: { title: 't', data: [{ title: 'n', type: 'NUMBER', value: 3 }, { title: 'b', value: true }] } }).ok).toBe(true);
    const badType = cloud.checkBody('PUT', path, { present: true, value: { title: 't', report_type: 'QUALITY' } });
    expect(badType.ok).toBe(false);
  });

  specIt('reports a missing required body and a body the operation does not take', () => {
    const cloud = loadSpecValidator('bitbucket-cloud');
    const missing = cloud.checkBody('POST', '/2.0/repositories/a/b/pullrequests/1/comments', { present: false });
    expect(missing).toMatchObject({ ok: false, violation: { reason: 'missing-body' } });
    const unexpected = cloud.checkBody('DELETE', '/2.0/repositories/a/b/commit/abc/reports/r', { present: true, value: {} });
    expect(unexpected).toMatchObject({ ok: false, violation: { reason: 'body-not-accepted', operation: 'deleteReport' } });
  });

  specIt('checks Data Center enums explicitly, not by the unanchored patterns', () => {
    const dc = loadSpecValidator('bitbucket-data-center');
    const path = '/rest/insights/latest/projects/P/repos/r/commits/abc/reports/k/annotations';
    const check = (severity: string, type: string) => dc.checkBody('POST', path, { present: true, value: { annotations: [{ message: 'm', severity, type }] } }).ok;
    expect(check('HIGH', 'BUG')).toBe(true);
    expect(check('HIGHEST', 'BUG')).toBe(false);
    expect(check('LOW', 'BUGS')).toBe(false);
    expect(dc.status.quirks).toEqual(['dc-report-data-value-any', 'dc-unanchored-patterns-as-enums', 'dc-report-data-required-kept', 'openapi-3.0-nullable']);
  });
});
