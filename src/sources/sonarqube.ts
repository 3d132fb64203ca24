/**
 * The quality gate read live from SonarQube. Wanted when no report file is given (REPORT pointing
 * at a report-task.txt counts as none) and either a scanner's report-task.txt is found — REPORT_TASK,
 * or the four scanner folders under the workspace and under PATH_PREFIX — or SONAR_PROJECT_KEY is
 * given with the pull request or branch of the build.
 */
import { basename, join, resolve } from 'node:path';
import { MAX_REPORT_TASK_BYTES, readBoundedFile } from '../core/files.js';
import type { AnalysisRef } from '../reports/sonarqube/live/links.js';
import type { LiveTarget } from '../reports/sonarqube/live/analysis.js';
import { findReportTask, parseReportTask, readReportTask, REPORT_TASK_WHAT } from '../reports/sonarqube/report-task.js';
import type { Settings } from '../settings/settings.js';
import type { Source, SourceContext } from './source.js';

export const sonarqubeSource: Source = {
  name: 'sonarqube',
  wants: (settings, context) => target(settings, context) !== undefined,
  async load(settings, context) {
    const found = target(settings, context)!;
    let live: LiveTarget;
    if (found.kind === 'task') {
      const task = found.text === undefined ? readReportTask(found.path, found.setting, found.given) : parseReportTask(found.text, found.given);
      live = { kind: 'task', task };
      context.log.debug(`SonarQube scanner metadata: ${found.path}`);
    } else {
      live = found;
    }
    // The live reader and its HTTP client load only when a run reads SonarQube (online.ts).
    const { readLiveGate } = await import('../online.js');
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
    });
  },
};

type Found =
  /** `text` when it was already read to tell a report-task.txt from a report. */
  | { kind: 'task'; given: string; path: string; setting: string; text?: string }
  | { kind: 'project'; projectKey: string; ref: AnalysisRef };

/** wants() and load() ask the same question, and answering it reads files: once per run. */
const TARGETS = new WeakMap<Settings, { found: Found | undefined }>();

function target(settings: Settings, context: SourceContext): Found | undefined {
  let known = TARGETS.get(settings);
  if (known === undefined) {
    known = { found: find(settings, context) };
    TARGETS.set(settings, known);
  }
  return known.found;
}

function find(settings: Settings, { cwd, workdir, branch }: SourceContext): Found | undefined {
  if (settings.report !== undefined) {
    const path = resolve(cwd, settings.report);
    const text = reportTaskText(path, settings.report);
    return text === undefined ? undefined : { kind: 'task', given: settings.report, path, setting: 'REPORT', text };
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

/**
 * The text of REPORT when it is a report-task.txt, by its keys: scanners may be told to write it
 * elsewhere (`sonar.scanner.metadataFilePath`, input-formats.md §0).
 */
function reportTaskText(path: string, display: string): string | undefined {
  let text: string;
  try {
    text = readBoundedFile(path, { setting: 'REPORT', display, what: REPORT_TASK_WHAT, maxBytes: MAX_REPORT_TASK_BYTES });
  } catch (error) {
    // Named like one: its own error is the one to show. Otherwise a report, or an error the file source words.
    if (basename(path) === 'report-task.txt') throw error;
    return undefined;
  }
  return basename(path) === 'report-task.txt' || (/^ceTaskId=/m.test(text) && /^serverUrl=/m.test(text)) ? text : undefined;
}
