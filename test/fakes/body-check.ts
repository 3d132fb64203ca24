/**
 * The order in which both fakes judge a request body: JSON content type, then JSON syntax, then
 * the vendor's schema. Every problem becomes a recorded violation, whatever the fake answers.
 */
import type { FakeRequest } from './fake-server.js';
import type { SpecName, SpecValidator, SpecViolation } from './spec-validator.js';

export function bodyViolation(spec: SpecName, validator: SpecValidator, req: FakeRequest, apiPath: string): SpecViolation | undefined {
  const plain = (reason: 'content-type' | 'invalid-json', message: string): SpecViolation => ({
    spec,
    method: req.method,
    path: apiPath,
    reason,
    errors: [{ pointer: '', message }],
    body: req.body.present ? req.body.value : undefined,
  });
  if (req.body.present && !/\bjson\b/i.test(req.headers['content-type'] ?? '')) {
    return plain('content-type', `a body was sent with Content-Type ${req.headers['content-type'] ?? '(none)'}`);
  }
  if (req.jsonError !== undefined) return plain('invalid-json', req.jsonError);
  const check = validator.checkBody(req.method, apiPath, req.body);
  return check.ok ? undefined : check.violation;
}

/** `/annotations/0/message` → `annotations[0].message`, the way the platforms name fields in errors. */
export function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), '');
}
