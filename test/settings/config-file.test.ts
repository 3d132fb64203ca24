import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { locateConfigFile } from '../../src/settings/config-file-location.js';
import { loadConfigFile, MAX_CONFIG_BYTES } from '../../src/settings/config-file.js';
import { tempDir, thrown } from './temp.js';

function read(text: string) {
  const dir = tempDir({ '.pr-insights.yml': text });
  return loadConfigFile({ path: join(dir, '.pr-insights.yml'), display: '.pr-insights.yml' }).values;
}

describe('loadConfigFile', () => {
  it('reads the Action input names as keys, each value tagged with file:line:col and a pointer', () => {
    const values = read('# team defaults\nfail-on: warning\nreport-id: api\npublish: [comment, status]\ndry-run: yes\npull-request: 7\n');
    expect(values).toEqual({
      failOn: { value: 'warning', origin: { source: '.pr-insights.yml:2:10', pointer: '/fail-on' } },
      reportId: { value: 'api', origin: { source: '.pr-insights.yml:3:12', pointer: '/report-id' } },
      publish: { value: ['comment', 'status'], origin: { source: '.pr-insights.yml:4:10', pointer: '/publish' } },
      // YAML 1.2: `yes` stays text; the loader's boolean coercion accepts it like a variable's.
      dryRun: { value: 'yes', origin: { source: '.pr-insights.yml:5:10', pointer: '/dry-run' } },
      pullRequest: { value: 7, origin: { source: '.pr-insights.yml:6:15', pointer: '/pull-request' } },
    });
  });

  it('reads an empty file, and an empty value, as nothing set', () => {
    expect(read('')).toEqual({});
    expect(read('# nothing yet\n')).toEqual({});
    expect(read('title:\n')).toEqual({});
  });

  it('refuses an unknown key at its line and column, with close matches', () => {
    const error = thrown(() => read('fail-on: never\n  \nfail_on: warning\n'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('.pr-insights.yml:3:1 at /fail_on: unknown setting; did you mean fail-on? (the keys are the Action input names)');
  });

  it('refuses secrets without echoing them, and says to use the environment', () => {
    const token = 'BBDC-supersecrettokenvalue';
    for (const text of [`title: x\ntoken: ${token}\n`, `password: "${token}"\n`]) {
      const error = thrown(() => read(text));
      expect(error.message).toMatch(/^\.pr-insights\.yml:\d+:1 at \/(token|password): secrets are not read from config files, which get committed; set (TOKEN|PASSWORD)/);
      expect(error.message).not.toContain(token);
    }
  });

  it('refuses settings that have no place in a config file', () => {
    expect(thrown(() => read('config: other.yml\n')).message).toBe('.pr-insights.yml:1:1 at /config: cannot be set in a config file; use --config, CONFIG or the `config` input');
    expect(thrown(() => read('json: true\n')).message).toMatch(/unknown setting/);
  });

  it('reports YAML errors at their position without quoting the line', () => {
    expect(thrown(() => read('fail-on: never\nfail-on: warning\n')).message).toBe('.pr-insights.yml:2:1: Map keys must be unique');
    const secretLine = thrown(() => read('title: x\ntoken: s3cretvalue: oops\n'));
    expect(secretLine.message).toMatch(/^\.pr-insights\.yml:2:\d+: /);
    expect(secretLine.message).not.toContain('s3cretvalue');
  });

  it('wants a mapping, one document', () => {
    expect(thrown(() => read('- fail-on\n')).message).toBe('.pr-insights.yml:1:1: expected settings as `key: value` lines, e.g. `fail-on: warning`');
    expect(thrown(() => read('title: a\n---\ntitle: b\n')).message).toMatch(/^\.pr-insights\.yml:2:1: expected one YAML document/);
  });

  it('stops alias bombs and oversized files', () => {
    // 10 × 10 × 200 expansions behind one key; yaml's alias cap refuses it.
    const bomb = `publish: &a [x, x, x, x, x, x, x, x, x, x]\ntitle: &b [${Array(10).fill('*a').join(', ')}]\nissues: [${Array(200).fill('*b').join(', ')}]\n`;
    expect(thrown(() => read(bomb)).message).toMatch(/^\.pr-insights\.yml:\d+:\d+: Excessive alias count/);
    const dir = tempDir();
    writeFileSync(join(dir, 'big.yml'), `title: ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    expect(thrown(() => loadConfigFile({ path: join(dir, 'big.yml'), display: 'big.yml' })).message).toMatch(/^big\.yml: file is \d+ bytes; expected a YAML config file of at most 65536 bytes \(CONFIG\)/);
  });
});

describe('locateConfigFile', () => {
  it('finds .pr-insights.yml in the workspace, and nothing when there is none', () => {
    const dir = tempDir({ 'ws/.pr-insights.yml': 'title: x\n' });
    expect(locateConfigFile(undefined, dir, join(dir, 'ws'))).toEqual({ path: join(dir, 'ws/.pr-insights.yml'), display: 'ws/.pr-insights.yml' });
    expect(locateConfigFile(undefined, dir, dir)).toBeUndefined();
  });

  it('resolves a named file against the working directory; a missing one is an error naming the setting', () => {
    const dir = tempDir({ 'ci/insights.yml': 'title: x\n' });
    expect(locateConfigFile({ value: 'ci/insights.yml', origin: { source: 'CONFIG' } }, dir, '/elsewhere')?.path).toBe(join(dir, 'ci/insights.yml'));
    expect(thrown(() => locateConfigFile({ value: 'nope.yml', origin: { source: '--config' } }, dir, dir)).message).toBe('--config: config file not found: nope.yml');
    expect(thrown(() => locateConfigFile({ value: 'ci', origin: { source: 'CONFIG' } }, dir, dir)).message).toBe('CONFIG: config file not found: ci');
  });
});
