import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { KNOWN_FLAGS, readArgv } from '../../src/settings/argv.js';
import { thrown } from './temp.js';

describe('readArgv', () => {
  it('reads long flags, tagging each value with the flag it came from', () => {
    const { values } = readArgv(['--fail-on', 'warning', '--report-id=api', '--pull-request', '12', '--dry-run']);
    expect(values).toEqual({
      failOn: { value: 'warning', origin: { source: '--fail-on' } },
      reportId: { value: 'api', origin: { source: '--report-id' } },
      pullRequest: { value: '12', origin: { source: '--pull-request' } },
      dryRun: { value: true, origin: { source: '--dry-run' } },
    });
  });

  it('takes the report as the one positional argument', () => {
    expect(readArgv(['sonar.json']).values.report).toEqual({ value: 'sonar.json', origin: { source: 'report argument' } });
    expect(readArgv(['--', '-odd-name.json']).values.report?.value).toBe('-odd-name.json');
  });

  it('refuses the report given twice, or two arguments', () => {
    expect(thrown(() => readArgv(['--report', 'a.json', 'b.json'])).message).toMatch(/given twice, as --report and as an argument/);
    expect(thrown(() => readArgv(['a.json', 'b.json'])).message).toBe('arguments: expected at most one argument, the report file; got 2');
  });

  it('turns booleans off with --no-<flag> and --<flag>=false, so a flag can beat DRY_RUN=true', () => {
    expect(readArgv(['--no-dry-run']).values.dryRun).toEqual({ value: false, origin: { source: '--no-dry-run' } });
    expect(readArgv(['--debug=false']).values.debug?.value).toBe(false);
    expect(readArgv(['--debug=yes']).values.debug?.value).toBe(true);
    // Left for the schema to report with its origin.
    expect(readArgv(['--debug=maybe']).values.debug?.value).toBe('maybe');
  });

  it('recognises --help, -h, --version and --example', () => {
    expect(readArgv(['--help'])).toMatchObject({ help: true, version: false, example: false });
    expect(readArgv(['-h']).help).toBe(true);
    expect(readArgv(['--version']).version).toBe(true);
    expect(readArgv(['-v']).version).toBe(true);
    expect(readArgv(['--example']).example).toBe(true);
  });

  it('refuses an unknown flag and lists the close matches', () => {
    const error = thrown(() => readArgv(['--fail_on', 'warning']));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('--fail_on: unknown option; did you mean --fail-on? (--help lists every option)');
    expect(thrown(() => readArgv(['--reprot-id', 'x'])).message).toContain('did you mean --report-id');
    expect(thrown(() => readArgv(['--zzzzzzzz'])).message).toBe('--zzzzzzzz: unknown option (--help lists every option)');
  });

  it('refuses credentials as flags without echoing them, and says where they go', () => {
    const token = 'ghp_0123456789abcdefSECRET';
    for (const argv of [[`--token=${token}`], ['--token', token], ['--password', token], [`--username=${token}`]]) {
      const error = thrown(() => readArgv(argv));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).not.toContain(token);
      expect(error.message).toMatch(/process lists and shell history; set (TOKEN|PASSWORD|USERNAME) in the environment/);
    }
  });

  it('wants a value after a value flag, not the next flag', () => {
    expect(thrown(() => readArgv(['--title'])).message).toMatch(/^--title: expects a value: --title <text>/);
    expect(thrown(() => readArgv(['--title', '--dry-run'])).message).toMatch(/^--title: expects a value/);
    expect(readArgv(['--title=-x-']).values.title?.value).toBe('-x-');
  });

  it('lets a repeated flag win with its last value', () => {
    expect(readArgv(['--fail-on', 'never', '--fail-on', 'warning']).values.failOn?.value).toBe('warning');
  });

  it('knows every flag of the table and the commands', () => {
    expect(KNOWN_FLAGS).toEqual(expect.arrayContaining(['--help', '--version', '--example', '--fail-on', '--json', '--report']));
    expect(KNOWN_FLAGS).not.toContain('--token');
  });
});
