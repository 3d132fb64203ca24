// A bad value is echoed in the error, masked first and cut after: a secret straddling the cut
// would otherwise show its first half.
import { describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { InputError } from '../../src/core/errors.js';
import { validateSettings } from '../../src/settings/schema.js';

describe('settings errors', () => {
  it('mask a secret in an echoed value before cutting it', () => {
    const secret = 'ghp_SECRETSECRETSECRET0123';
    const redactor = new Redactor([secret]);
    const values = { link: `not a url ${'x'.repeat(45)}${secret}`, publish: ['comment'], commentMode: 'update', failOn: 'failure', datafoldHost: 'https://app.datafold.com', waitTimeout: 300, timeout: 120, dryRun: false, debug: false, json: false };
    let error: unknown;
    try {
      validateSettings(values, { link: { source: 'LINK' } }, (text) => redactor.redact(text));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^LINK: expected an http\(s\) URL \(got "not a url x+\*\*\*"\)/);
    expect((error as Error).message).not.toContain('ghp_');
  });
});
