import { describe, expect, it } from '@jest/globals';
import { refusedForForkToken } from '../../src/ci/github-fork.js';
import type { CiContext } from '../../src/ci/context.js';
import { PublishError } from '../../src/core/errors.js';
import { Redactor } from '../../src/core/redact.js';
import { HttpError } from '../../src/http/index.js';
import { PlatformOperationError } from '../../src/platforms/core/failure.js';

const refusal = (status: number, platformMessage: string) => {
  const http = new HttpError(new Redactor([]), { method: 'POST', url: 'https://api.github.com/repos/a/b/check-runs', status, platformMessage });
  return new PlatformOperationError(`could not publish: ${http.message}`, status, { cause: http });
};
const readOnly = () => refusal(403, 'Resource not accessible by integration');
const failed = (...failures: unknown[]) => new PublishError('Nothing was published.', { cause: failures[0], failures });
const fork: CiContext = { system: 'github-actions', event: 'pull_request', fromFork: true };

describe('refusedForForkToken', () => {
  it('is true when every write of a fork\'s pull_request was refused as read-only', () => {
    expect(refusedForForkToken(failed(readOnly(), readOnly()), fork)).toBe(true);
  });

  it('is false when any failure is something else, or the token could write', () => {
    expect(refusedForForkToken(failed(readOnly(), refusal(422, 'Validation Failed')), fork)).toBe(false);
    expect(refusedForForkToken(failed(readOnly()), { ...fork, fromFork: undefined })).toBe(false);
    expect(refusedForForkToken(failed(readOnly()), { ...fork, event: 'pull_request_target' })).toBe(false);
    expect(refusedForForkToken(failed(readOnly()), { ...fork, event: 'workflow_run' })).toBe(false);
    expect(refusedForForkToken(new Error('boom'), fork)).toBe(false);
  });
});
