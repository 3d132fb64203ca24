import { describe, expect, it } from '@jest/globals';
import { DEFAULT_REPORT_IDS, SETTINGS, sourcesOf } from '../../src/settings/definitions.js';

const DESIGN_TABLE = [
  'repository', 'platform', 'token', 'username', 'password', 'pullRequest', 'commit', 'report', 'issues', 'reportType',
  'reportId', 'title', 'publish', 'failOn', 'apiUrl', 'caFile', 'dryRun', 'debug', 'config',
];
/** The live sources' and thresholds' settings (DESIGN.md: "join the same schema"), the comment modes and the overall timeout. */
const LATER = [
  'sonarHostUrl', 'sonarToken', 'reportTask', 'sonarProjectKey', 'sonarOrganization', 'pathPrefix',
  'datafoldApiKey', 'datafoldHost', 'datafoldDiffIds', 'waitTimeout', 'thresholds', 'commentMode', 'timeout',
];

describe('the settings table', () => {
  it("holds every setting of the design's table, plus link and json, and the ones that joined since", () => {
    expect(SETTINGS.map((d) => d.key).sort()).toEqual([...DESIGN_TABLE, ...LATER, 'link', 'json'].sort());
  });

  it('names each source consistently: UPPER_SNAKE variables, kebab-case inputs and flags derived from the same words', () => {
    for (const d of SETTINGS) {
      if (d.variable) expect(d.variable).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (d.input) {
        expect(d.input).toMatch(/^[a-z][a-z0-9-]*$/);
        if (d.variable) expect(d.input).toBe(d.variable.toLowerCase().replace(/_/g, '-'));
      }
      if (d.flag && d.input) expect(d.flag).toBe(d.input);
    }
  });

  it('has no duplicate names in any source', () => {
    for (const field of ['key', 'variable', 'input', 'flag'] as const) {
      const names = SETTINGS.map((d) => d[field]).filter(Boolean);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('keeps credentials off the command line and secrets out of config files', () => {
    for (const key of ['token', 'username', 'password', 'sonarToken', 'datafoldApiKey']) {
      const d = SETTINGS.find((s) => s.key === key)!;
      expect(d.flag).toBeUndefined();
      expect(d.variable).toBeDefined();
      expect(d.input).toBeDefined();
    }
    expect(SETTINGS.filter((d) => d.secret).map((d) => d.key).sort()).toEqual(['datafoldApiKey', 'password', 'sonarToken', 'token']);
    for (const d of SETTINGS.filter((s) => s.secret)) expect(d.inConfigFile).toBe(false);
  });

  it('makes json a CLI-only flag', () => {
    const json = SETTINGS.find((d) => d.key === 'json')!;
    expect(json).toMatchObject({ flag: 'json', inConfigFile: false });
    expect(json.variable).toBeUndefined();
    expect(json.input).toBeUndefined();
  });

  it('documents a default (fixed or described) wherever one is applied later', () => {
    const documented = SETTINGS.filter((d) => d.default !== undefined || d.defaultText !== undefined).map((d) => d.key);
    expect(documented).toEqual(expect.arrayContaining(['repository', 'pullRequest', 'commit', 'reportId', 'publish', 'failOn', 'dryRun', 'debug', 'config', 'link']));
  });

  it('has the documented fixed defaults', () => {
    const defaults = Object.fromEntries(SETTINGS.filter((d) => d.default !== undefined).map((d) => [d.key, d.default]));
    expect(defaults).toEqual({
      publish: ['comment', 'insights'], failOn: 'failure', dryRun: false, debug: false, json: false,
      commentMode: 'update', datafoldHost: 'https://app.datafold.com', waitTimeout: 300, timeout: 120,
    });
  });

  it('gives each report type a default report id that fits a Cloud status key', () => {
    const pattern = new RegExp(SETTINGS.find((d) => d.key === 'reportId')!.schema['pattern'] as string);
    for (const id of Object.values(DEFAULT_REPORT_IDS)) expect(id).toMatch(pattern);
  });

  it('says where a setting can be given', () => {
    expect(sourcesOf(SETTINGS.find((d) => d.key === 'config')!)).toBe('--config, CONFIG or the `config` input');
    expect(sourcesOf(SETTINGS.find((d) => d.key === 'json')!)).toBe('--json');
  });
});
