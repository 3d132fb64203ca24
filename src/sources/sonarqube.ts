/**
 * The quality gate read live from SonarQube. Wanted when no report file is given (REPORT pointing
 * at a report-task.txt counts as none) and either a scanner's report-task.txt is found — REPORT_TASK,
 * or the four scanner folders under the workspace and under PATH_PREFIX — or SONAR_PROJECT_KEY is
 * given with the pull request or branch of the build.
 */
import { basename, join, resolve } from 'node:path';
import { MAX_REPORT_TASK_BYTES, readBoundedFile } from '../core/files.js';
import type { AnalysisRef } from '../reports/sonarqube/live/links.js';
import { readLiveGate, type LiveTarget } from '../reports/sonarqube/live/analysis.js';
import { findReportTask, parseReportTask } from '../reports/sonarqube/report-task.js';
import type { Settings } from '../settings/settings.js';
import type { Source, SourceContext } from './source.js';

export const sonarqubeSource: Source = {
  name: 'sonarqube',
  wants: (settings, context) => target(settings, context) !== undefined,
  async load(settings, context) {
    const found = target(settings, context)!;
    let live: LiveTarget;
    if (found.kind === 'task') {
      const text = readBoundedFile(found.path, { setting: found.setting, display: found.given, what: "a scanner's report-task.txt", maxBytes: MAX_REPORT_TASK_BYTES });
      live = { kind: 'task', task: parseReportTask(text, found.given) };
      context.log.debug(`SonarQube scanner metadata: ${found.path}`);
    } else {
      live = found;
    }
    return readLiveGate({
      target: live,
      ...(settings.sonarHostUrl !== undefined && { hostUrl: settings.sonarHostUrl }),
      ...(settings.sonarToken !== undefined && { token: settings.sonarToken }),
      ...(settings.sonarOrganization !== undefined && { organization: settings.sonarOrganization }),
      ...(settings.pathPrefix !== undefined && { pathPrefix: settings.pathPrefix }),
      ...(settings.caFile !== undefined && { caFile: settings.caFile }),
      waitTimeoutMs: settings.waitTimeout * 1000,
      networkTimeoutMs: settings.timeout * 1000,
      env: context.env,
      redactor: context.redactor,
      log: context.log,
      frontEnd: context.frontEnd,
    });
  },
};

type Found =
  | { kind: 'task'; given: string; path: string; setting: string }
  | { kind: 'project'; projectKey: string; ref: AnalysisRef };

function target(settings: Settings, { cwd, workdir, branch }: SourceContext): Found | undefined {
  if (settings.report !== undefined) {
    const path = resolve(cwd, settings.report);
    return isReportTask(path) ? { kind: 'task', given: settings.report, path, setting: 'REPORT' } : undefined;
  }
  if (settings.reportTask !== undefined) return { kind: 'task', given: settings.reportTask, path: resolve(cwd, settings.reportTask), setting: 'REPORT_TASK' };
  const dirs = settings.pathPrefix === undefined ? [workdir] : [workdir, join(workdir, settings.pathPrefix)];
  for (const dir of dirs) {
    const path = findReportTask(dir);
    if (path !== undefined) return { kind: 'task', given: path, path, setting: 'REPORT_TASK' };
  }
  if (settings.sonarProjectKey === undefined) return undefined;
  if (settings.pullRequest !== undefined) return { kind: 'project', projectKey: settings.sonarProjectKey, ref: { pullRequest: String(settings.pullRequest) } };
  return branch === undefined ? undefined : { kind: 'project', projectKey: settings.sonarProjectKey, ref: { branch } };
}

/** By name, or by its keys: scanners may be told to write it elsewhere (`sonar.scanner.metadataFilePath`, input-formats.md §0). */
function isReportTask(path: string): boolean {
  if (basename(path) === 'report-task.txt') return true;
  try {
    const text = readBoundedFile(path, { setting: 'REPORT', what: "a scanner's report-task.txt", maxBytes: MAX_REPORT_TASK_BYTES });
    return /^ceTaskId=/m.test(text) && /^serverUrl=/m.test(text);
  } catch {
    // Not a small regular file: a report, or an error the file source words.
    return false;
  }
}
