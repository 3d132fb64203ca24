/** Every report source, asked in order; the first that wants the settings reads the report. */
import { InputError } from '../core/errors.js';
import type { Report } from '../reports/model.js';
import type { Settings } from '../settings/settings.js';
import { datafoldSource } from './datafold.js';
import { exampleSource } from './example.js';
import { fileSource } from './file.js';
import { sonarqubeSource } from './sonarqube.js';
import type { Source, SourceContext } from './source.js';

// sonarqube before file: REPORT naming a report-task.txt is a live read, any other REPORT a file.
export const SOURCES: readonly Source[] = [exampleSource, sonarqubeSource, fileSource, datafoldSource];

export async function loadReport(settings: Settings, context: SourceContext): Promise<Report> {
  const source = SOURCES.find((s) => s.wants(settings, context));
  if (!source) {
    throw new InputError(
      'missing; set REPORT (pipe or environment variable), the `report` input, or `--report <file>`; ' +
        "or read SonarQube live, with SONAR_HOST_URL and SONAR_TOKEN: run after the scanner, so its report-task.txt is found (.scannerwork/, target/sonar/, build/sonar/, .sonarqube/out/.sonar/), " +
        'or set REPORT_TASK to it, or set SONAR_PROJECT_KEY for the pull request or branch (try `--example` for a demo)',
      { source: 'REPORT' },
    );
  }
  context.log.debug(`report source: ${source.name}`);
  return source.load(settings, context);
}
