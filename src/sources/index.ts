/** Every report source, asked in order; the first that wants the settings reads the report. */
import { InputError } from '../core/errors.js';
import type { Report } from '../reports/model.js';
import type { Settings } from '../settings/settings.js';
import { exampleSource } from './example.js';
import { fileSource } from './file.js';
import type { Source, SourceContext } from './source.js';

export const SOURCES: readonly Source[] = [exampleSource, fileSource];

export async function loadReport(settings: Settings, context: SourceContext): Promise<Report> {
  const source = SOURCES.find((s) => s.wants(settings, context));
  if (!source) {
    throw new InputError('missing; set REPORT (pipe or environment variable), the `report` input, or `--report <file>` (try `--example` for a demo)', {
      source: 'REPORT',
    });
  }
  context.log.debug(`report source: ${source.name}`);
  return source.load(settings, context);
}
