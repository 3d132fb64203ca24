/**
 * Where a report comes from: a file today, a server next (SonarQube, Datafold). Every source
 * yields the same report model, so nothing downstream knows where a report came from.
 *
 * A source is the edge where settings meet a reader: it decides from the settings whether it is
 * the one asked for, and turns them into what its reader in `src/reports/` needs. Adding one is a
 * new file in this folder, a line in `index.ts`, and its settings' rows in the definitions table.
 */
import type { Environment } from '../ci/context.js';
import type { Logger } from '../core/logger.js';
import type { Redactor } from '../core/redact.js';
import type { Report } from '../reports/model.js';
import type { Settings } from '../settings/settings.js';

export interface SourceContext {
  /** Where relative paths given in settings resolve. */
  cwd: string;
  /** The clone directory (the CI's workspace), where tools leave their metadata (report-task.txt). */
  workdir: string;
  log: Logger;
  /** `--example`: the built-in example, whatever else is set. */
  example: boolean;
  /** The run's environment: what a live source's HTTP client reads (proxies, NODE_EXTRA_CA_CERTS). */
  env: Environment;
  /** The run's one Redactor: a live source registers its credentials there, in every encoding they travel in. */
  redactor: Redactor;
  /** The build's source branch, when the CI names one (a live source reads that branch's latest analysis). */
  branch?: string;
}

export interface Source {
  /** Shown in debug lines and `--json`, e.g. `file`. */
  readonly name: string;
  /** Whether the settings ask for this source; the first in SOURCES that wants them reads the report. */
  wants(settings: Settings, context: SourceContext): boolean;
  load(settings: Settings, context: SourceContext): Promise<Report>;
}
