// Which source reads the report: REPORT a file as before; REPORT naming a report-task.txt,
// REPORT_TASK, a report-task.txt in a scanner folder (also under PATH_PREFIX), or SONAR_PROJECT_KEY
// with the pull request or branch → SonarQube live; none → exit 2 naming the three ways.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/core/errors.js';
import { createLogger } from '../../src/core/logger.js';
import { Redactor } from '../../src/core/redact.js';
import type { Settings } from '../../src/settings/settings.js';
import { loadReport, SOURCES } from '../../src/sources/index.js';
import type { SourceContext } from '../../src/sources/source.js';
import { reportTaskTxt, writeReportTask } from '../fakes/sonarqube/index.js';

const FIELDS = { projectKey: 'acme', serverUrl: 'https://sonar.example', serverVersion: '10.6.0.92116', ceTaskId: 'AX1' };

function context(workdir: string, extra: Partial<SourceContext> = {}): SourceContext {
  const redactor = new Redactor();
  return { cwd: workdir, workdir, log: createLogger(() => undefined, redactor), example: false, env: {}, redactor, ...extra };
}

function settings(extra: Partial<Settings> = {}): Settings {
  return { datafoldHost: 'https://app.datafold.com', waitTimeout: 300, publish: [], commentMode: 'update', failOn: 'failure', timeout: 120, dryRun: true, debug: false, json: false, ...extra } as Settings;
}

function chosen(s: Settings, c: SourceContext): string | undefined {
  return SOURCES.find((source) => source.wants(s, c))?.name;
}

describe('choosing the SonarQube live source', () => {
  it.each(['.scannerwork/report-task.txt', 'target/sonar/report-task.txt', 'build/sonar/report-task.txt', '.sonarqube/out/.sonar/report-task.txt'])(
    'finds %s in the workspace when no REPORT is given',
    async (location) => {
      const dir = mkdtempSync(join(tmpdir(), 'ws-'));
      await writeReportTask(dir, FIELDS, location);
      expect(chosen(settings(), context(dir))).toBe('sonarqube');
    },
  );

  it('finds it under PATH_PREFIX too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    await writeReportTask(join(dir, 'services/api'), FIELDS);
    expect(chosen(settings(), context(dir))).toBeUndefined();
    expect(chosen(settings({ pathPrefix: 'services/api' }), context(dir))).toBe('sonarqube');
  });

  it('REPORT naming a file is a file, even with a report-task.txt around; REPORT naming a report-task.txt is live', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    await writeReportTask(dir, FIELDS);
    writeFileSync(join(dir, 'gate.json'), '{"projectStatus":{"status":"OK"}}');
    writeFileSync(join(dir, 'scan-metadata.txt'), reportTaskTxt(FIELDS));
    expect(chosen(settings({ report: 'gate.json' }), context(dir))).toBe('file');
    expect(chosen(settings({ report: '.scannerwork/report-task.txt' }), context(dir))).toBe('sonarqube');
    expect(chosen(settings({ report: 'scan-metadata.txt' }), context(dir))).toBe('sonarqube');
  });

  it('REPORT_TASK anywhere; SONAR_PROJECT_KEY only with the pull request or branch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    expect(chosen(settings({ reportTask: '/elsewhere/report-task.txt' }), context(dir))).toBe('sonarqube');
    expect(chosen(settings({ sonarProjectKey: 'acme' }), context(dir))).toBeUndefined();
    expect(chosen(settings({ sonarProjectKey: 'acme', pullRequest: 7 }), context(dir))).toBe('sonarqube');
    expect(chosen(settings({ sonarProjectKey: 'acme' }), context(dir, { branch: 'main' }))).toBe('sonarqube');
  });

  it('nothing to read: bad input that names the three ways', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    const load = loadReport(settings(), context(dir));
    await expect(load).rejects.toThrow(InputError);
    await expect(load).rejects.toThrow(/REPORT.*report-task\.txt is found.*REPORT_TASK.*SONAR_PROJECT_KEY/);
  });
});
