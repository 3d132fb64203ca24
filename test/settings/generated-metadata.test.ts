/**
 * Belt and braces for the generated metadata: parse the files on disk as a user's tools would and
 * check every setting is there under the right name, whatever the renderer does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { ACTION_OUTPUTS } from '../../src/settings/action-outputs.js';
import { SETTINGS } from '../../src/settings/definitions.js';
import { repoRoot } from '../support/paths.js';
import { VERSION } from '../../src/version.js';

const read = (name: string) => readFileSync(join(repoRoot, name), 'utf8');

interface ActionYml {
  name: string;
  description: string;
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: unknown }>;
  outputs: Record<string, { description: string }>;
}

interface PipeYml {
  name: string;
  image: string;
  category: string;
  variables: { name: string; default?: unknown; description: string }[];
}

describe('action.yml', () => {
  const action = parse(read('action.yml')) as ActionYml;

  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.name).toBe('pr-insights');
    // The Marketplace cuts descriptions at 125 characters.
    expect(action.description.length).toBeLessThanOrEqual(125);
  });

  it('has exactly one input per setting that has one, named in kebab-case, with a description', () => {
    const expected = SETTINGS.filter((d) => d.input).map((d) => d.input);
    expect(Object.keys(action.inputs)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['token', 'username', 'password', 'report-id', 'fail-on', 'pull-request', 'link']));
    expect(Object.keys(action.inputs)).not.toContain('json');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
  });

  it('declares no input defaults but the token, which the runner would turn into inputs outranking env and .pr-insights.yml', () => {
    for (const [name, input] of Object.entries(action.inputs)) expect([name, input.default]).toEqual([name, name === 'token' ? '${{ github.token }}' : undefined]);
    expect(action.inputs['fail-on']?.description).toContain('Default: failure.');
    expect(action.inputs['publish']?.description).toContain('Default: comment,insights.');
  });

  it('declares the outputs', () => {
    expect(Object.keys(action.outputs)).toEqual(ACTION_OUTPUTS.map((o) => o.name));
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['result', 'report-type', 'conditions-failed', 'models-different', 'rows-added', 'rows-removed', 'rows-changed', 'comment-url', 'check-run-url']));
  });
});

describe('pipe.yml', () => {
  const pipe = parse(read('pipe.yml')) as PipeYml;

  it('names the image of this version', () => {
    expect(pipe.image).toBe(`prinsights/pr-insights:${VERSION}`);
    expect(pipe.category).toBe('Code quality');
  });

  it('lists every variable by its exact name, defaults as strings', () => {
    expect(pipe.variables.map((v) => v.name)).toEqual(SETTINGS.filter((d) => d.variable).map((d) => d.variable));
    const defaults = Object.fromEntries(pipe.variables.filter((v) => v.default !== undefined).map((v) => [v.name, v.default]));
    expect(defaults).toEqual({
      DATAFOLD_HOST: 'https://app.datafold.com', WAIT_TIMEOUT: '300', PUBLISH: 'comment,insights', COMMENT_MODE: 'update',
      FAIL_ON: 'failure', TIMEOUT: '120', DRY_RUN: 'false', DEBUG: 'false',
    });
    for (const v of pipe.variables) expect(v.description.length).toBeGreaterThan(10);
  });
});

describe('README settings table', () => {
  const readme = read('README.md');
  const block = readme.slice(readme.indexOf('<!-- settings:start -->'), readme.indexOf('<!-- settings:end -->'));

  it('has a row per setting with its variable, input and flag', () => {
    const rows = block.split('\n').filter((line) => line.startsWith('| `') || line.startsWith('| —'));
    expect(rows).toHaveLength(SETTINGS.length);
    for (const d of SETTINGS) {
      const row = rows.find((r) => (d.variable ? r.startsWith(`| \`${d.variable}\``) : r.includes(`\`--${d.flag}\``)));
      expect(row).toBeDefined();
      if (d.input) expect(row).toContain(`| \`${d.input}\` |`);
      if (d.flag) expect(row).toContain(`\`--${d.flag}\``);
      else expect(row).toContain('env or input only');
    }
  });
});
