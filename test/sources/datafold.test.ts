// When the Datafold source is the one asked for, and what it needs before it asks Datafold anything.
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { createLogger } from '../../src/core/logger.js';
import { Redactor } from '../../src/core/redact.js';
import type { DiffRequest } from '../../src/reports/datafold/live/diff-config.js';
import type { Settings } from '../../src/settings/settings.js';
import { datafoldSource } from '../../src/sources/datafold.js';
import { SOURCES } from '../../src/sources/index.js';
import type { SourceContext } from '../../src/sources/source.js';

const base = { datafoldHost: 'https://app.datafold.com', waitTimeout: 300, timeout: 120, dryRun: false } as Settings;
const context: SourceContext = { cwd: '/', workdir: '/', log: createLogger(() => undefined, new Redactor()), example: false, env: {}, redactor: new Redactor() };
const request = { name: 'orders' } as DiffRequest;

describe('the Datafold source', () => {
  it('is registered, and wanted for diff ids or diffs to create when no report file is given', () => {
    expect(SOURCES).toContain(datafoldSource);
    expect(datafoldSource.wants({ ...base, datafoldDiffIds: ['12'] }, context)).toBe(true);
    expect(datafoldSource.wants({ ...base, datafoldDiffs: [request] }, context)).toBe(true);
    expect(datafoldSource.wants(base, context)).toBe(false);
    expect(datafoldSource.wants({ ...base, report: 'diff.json', datafoldDiffIds: ['12'] }, context)).toBe(false);
  });

  it('needs DATAFOLD_API_KEY before it asks Datafold anything', async () => {
    const error = await datafoldSource.load({ ...base, datafoldDiffIds: ['12'] }, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^DATAFOLD_API_KEY: missing; reading data diffs from Datafold needs an API key/);
  });
});
