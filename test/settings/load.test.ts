import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { inputReader } from '../../src/settings/action-inputs.js';
import { SETTINGS } from '../../src/settings/definitions.js';
import { loadSettings, type LoadSettingsInput } from '../../src/settings/load.js';
import { rejected, tempDir } from './temp.js';

const HEAD = 'f'.repeat(40);
const noGit = () => undefined;

function load(input: Partial<LoadSettingsInput> & { env?: Record<string, string> } = {}) {
  return loadSettings({ argv: [], env: {}, cwd: tempDir(), gitHead: noGit, ...input });
}

describe('loadSettings: precedence', () => {
  // The same setting from every source; peeling them off one by one shows the order.
  const cwd = tempDir({ '.pr-insights.yml': 'repository: file/repo\n' });
  const sources = {
    argv: ['--repository', 'flag/repo'],
    getInput: inputReader({ INPUT_REPOSITORY: 'input/repo' }),
    env: { PR_INSIGHTS_REPOSITORY: 'env/repo' },
    ci: { BITBUCKET_BUILD_NUMBER: '1', BITBUCKET_REPO_FULL_NAME: 'ci/repo', BITBUCKET_CLONE_DIR: cwd },
  };
  const run = (without: readonly string[], config = true) =>
    load({
      cwd: config ? cwd : tempDir(),
      argv: without.includes('argv') ? [] : sources.argv,
      ...(without.includes('input') ? {} : { getInput: sources.getInput }),
      env: { ...(without.includes('ci') ? {} : { ...sources.ci, ...(config ? {} : { BITBUCKET_CLONE_DIR: '' }) }), ...(without.includes('env') ? {} : sources.env) },
    });

  it.each([
    [[], true, 'flag/repo', '--repository'],
    [['argv'], true, 'input/repo', 'inputs.repository'],
    [['argv', 'input'], true, 'env/repo', 'PR_INSIGHTS_REPOSITORY'],
    [['argv', 'input', 'env'], true, 'file/repo', '.pr-insights.yml:1:13'],
    [['argv', 'input', 'env'], false, 'ci/repo', 'ci:bitbucket-pipelines'],
  ])('without %j (config file: %s) the repository is %s from %s', async (without, config, value, origin) => {
    const { settings, origins } = await run(without, config);
    expect(settings.repository).toBe(value);
    expect(origins['repository']).toBe(origin);
  });

  it('falls back to the table default, then to nothing', async () => {
    const { settings, origins } = await load();
    expect(settings).toEqual({
      publish: ['comment', 'insights'], failOn: 'failure', dryRun: false, debug: false, json: false,
      commentMode: 'update', datafoldHost: 'https://app.datafold.com', waitTimeout: 300, timeout: 120,
    });
    expect(origins).toEqual({
      publish: 'default', failOn: 'default', dryRun: 'default', debug: 'default', json: 'default',
      commentMode: 'default', datafoldHost: 'default', waitTimeout: 'default', timeout: 'default',
    });
  });

  it('lets a flag turn off a boolean the environment turned on', async () => {
    const { settings, origins } = await load({ argv: ['--no-dry-run'], env: { DRY_RUN: 'true' } });
    expect(settings.dryRun).toBe(false);
    expect(origins['dryRun']).toBe('--no-dry-run');
  });

  it('coerces every source to the schema types', async () => {
    const cwd = tempDir({ '.pr-insights.yml': 'publish: [status]\ndry-run: yes\n' });
    const { settings } = await load({ cwd, env: { PULL_REQUEST: '12', DEBUG: 'YES', PR_INSIGHTS_FAIL_ON: 'never' } });
    expect(settings).toMatchObject({ pullRequest: 12, debug: true, failOn: 'never', publish: ['status'], dryRun: true });
  });

  it("takes GitHub's RUNNER_DEBUG", async () => {
    expect((await load({ env: { RUNNER_DEBUG: '1' } })).settings.debug).toBe(true);
  });

  it('takes link from any source', async () => {
    expect((await load({ argv: ['--link', 'https://sonar.example.com/dashboard?id=shop'] })).settings).toMatchObject({ link: 'https://sonar.example.com/dashboard?id=shop' });
  });

  it('leaves the report id to the runner, which knows the report type', async () => {
    expect((await load()).settings).not.toHaveProperty('reportId');
  });
});

describe('loadSettings: CI defaults', () => {
  it('takes repository, pull request and commit from the CI, and keeps its API URL as a hint in ci', async () => {
    const dir = tempDir();
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo/shop', GITHUB_SHA: HEAD, GITHUB_API_URL: 'https://api.github.com', GITHUB_WORKSPACE: dir };
    const { settings, ci, origins } = await load({ env });
    expect(settings).toMatchObject({ repository: 'octo/shop', commit: HEAD });
    expect(settings.platform).toBeUndefined();
    expect(settings.apiUrl).toBeUndefined();
    expect(ci).toMatchObject({ system: 'github-actions', apiUrl: 'https://api.github.com', workspaceDir: dir });
    expect(origins).toMatchObject({ repository: 'ci:github-actions', commit: 'ci:github-actions' });
  });

  it('asks git for HEAD in the workspace only when nothing gives the commit', async () => {
    const asked: string[] = [];
    const gitHead = (dir: string) => (asked.push(dir), HEAD);
    const cwd = tempDir();
    const fromGit = await loadSettings({ argv: [], env: {}, cwd, gitHead });
    expect(fromGit.settings.commit).toBe(HEAD);
    expect(fromGit.origins['commit']).toBe('git rev-parse HEAD');
    expect(asked).toEqual([cwd]);
    await loadSettings({ argv: ['--commit', 'a'.repeat(40)], env: {}, cwd, gitHead });
    expect(asked).toHaveLength(1);
  });

  it('reads .pr-insights.yml from the CI workspace, and a CONFIG file relative to the working directory', async () => {
    const clone = tempDir({ '.pr-insights.yml': 'title: From workspace\n', 'ci/other.yml': 'title: Named\n' });
    const inClone = await load({ env: { BITBUCKET_BUILD_NUMBER: '1', BITBUCKET_CLONE_DIR: clone } });
    expect(inClone.settings).toMatchObject({ title: 'From workspace', config: join(clone, '.pr-insights.yml') });
    expect(inClone.origins).toMatchObject({ title: `${join(clone, '.pr-insights.yml')}:1:8`, config: 'workspace' });
    const named = await load({ cwd: clone, env: { CONFIG: 'ci/other.yml' } });
    expect(named.settings).toMatchObject({ title: 'Named', config: 'ci/other.yml' });
    expect(named.origins['title']).toBe('ci/other.yml:1:8');
  });

  it('fails on a missing named config file', async () => {
    expect((await rejected(load({ argv: ['--config', 'missing.yml'] }))).message).toBe('--config: config file not found: missing.yml');
  });
});

describe('loadSettings: errors', () => {
  it('names the source of an invalid value', async () => {
    expect((await rejected(load({ env: { FAIL_ON: 'sometimes' } }))).message).toMatch(/^FAIL_ON: expected one of "failure", "warning", "never" \(got "sometimes"\)/);
    expect((await rejected(load({ argv: ['--fail-on', 'x'] }))).message).toMatch(/^--fail-on: expected one of/);
    expect((await rejected(load({ getInput: inputReader({ 'INPUT_FAIL-ON': 'x' }) }))).message).toMatch(/^inputs\.fail-on: expected one of/);
    const cwd = tempDir({ '.pr-insights.yml': 'title: ok\n\n\nfail-on:    sometimes\n' });
    expect((await rejected(load({ cwd }))).message).toMatch(/^\.pr-insights\.yml:4:13 at \/fail-on: expected one of/);
  });

  it('refuses an empty publish list', async () => {
    expect((await rejected(load({ env: { PUBLISH: ' , ' } }))).message).toMatch(/^PUBLISH: expected a comma list of at least one of "comment", "insights", "status"/);
  });

  it.each([
    [{ TOKEN: 'tok-0123456789', USERNAME: 'me@example.com', PASSWORD: 'pw-0123456789' }, /^TOKEN: a token and USERNAME \(from USERNAME\) are both set/],
    [{ TOKEN: 'tok-0123456789', PR_INSIGHTS_PASSWORD: 'pw-0123456789' }, /^TOKEN: a token and PASSWORD \(from PR_INSIGHTS_PASSWORD\) are both set/],
    [{ PR_INSIGHTS_USERNAME: 'me@example.com' }, /^PR_INSIGHTS_USERNAME: set without PASSWORD; Basic auth needs both/],
    [{ PASSWORD: 'pw-0123456789' }, /^PASSWORD: set without USERNAME/],
    [{ ISSUES: 'issues.json', REPORT_TYPE: 'data-diff' }, /^ISSUES: issues annotate a quality gate, but REPORT_TYPE is data-diff \(from REPORT_TYPE\)/],
  ])('refuses contradictory settings %j', async (env, message) => {
    const error = await rejected(load({ env }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
  });

  it('never shows a secret, whichever way it went wrong', async () => {
    const token = 'ghp_VerySecretToken0123456789';
    const password = 'atlassian-api-token-0123456789';
    const attempts: Partial<LoadSettingsInput>[] = [
      { argv: [`--token=${token}`] },
      { argv: ['--password', password] },
      { env: { TOKEN: token, USERNAME: 'me@example.com', PASSWORD: password } },
      { env: { PASSWORD: password } },
      { getInput: inputReader({ INPUT_TOKEN: token, INPUT_TITLE: `Report ${token}`, 'INPUT_REPORT-ID': `id ${token}` }) },
      // A secret pasted into another setting, and credentials in a URL.
      { env: { TOKEN: token, COMMIT: token, API_URL: `http://me:${password}@bitbucket.example.com/` } },
      { cwd: tempDir({ '.pr-insights.yml': `token: ${token}\n` }) },
      { cwd: tempDir({ '.pr-insights.yml': `password: ${password}: x\n` }) },
    ];
    for (const attempt of attempts) {
      const message = (await rejected(load(attempt as Partial<LoadSettingsInput> & { env?: Record<string, string> }))).message;
      expect(message).not.toContain(token);
      expect(message).not.toContain(password);
    }
  });
});

describe('loadSettings: commands', () => {
  it('answers --help without reading anything else, listing every setting', async () => {
    const loaded = await load({ argv: ['--help'], env: { FAIL_ON: 'invalid', GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: '/nonexistent' } });
    expect(loaded.help).toContain('Usage: pr-insights');
    for (const d of SETTINGS) if (d.variable) expect(loaded.help).toContain(d.variable);
    expect(loaded.settings.failOn).toBe('failure');
  });

  it('answers --version, and marks --example', async () => {
    expect((await load({ argv: ['--version'] })).version).toBe(true);
    expect((await load({ argv: ['--example'] })).example).toBe(true);
    expect(await load()).not.toHaveProperty('example');
  });
});
