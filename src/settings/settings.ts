import type { PlatformName } from '../repository/reference.js';
import type { ReportKind } from '../reports/model.js';

import type { Decoration } from '../platforms/platform.js';
import type { FailOn } from '../render/decorations.js';

export type { Decoration, FailOn };

/**
 * Resolved settings, after every source (flags, Action inputs, environment, YAML, CI defaults)
 * was merged by precedence and validated against the settings schema.
 */
export interface Settings {
  repository?: string;
  platform?: PlatformName;
  token?: string;
  username?: string;
  password?: string;
  pullRequest?: number;
  commit?: string;
  /** Path of the report file (relative paths resolve against the working directory). */
  report?: string;
  /** Path of a SonarQube `api/issues/search` JSON (one page or an array of pages). */
  issues?: string;
  reportType?: ReportKind;
  /** Unset means the default for the report's kind (DEFAULT_REPORT_IDS), known once the report is read. */
  reportId?: string;
  title?: string;
  publish: Decoration[];
  failOn: FailOn;
  apiUrl?: string;
  /** URL of the full results (SonarQube dashboard, Datafold diff); defaults to what the report or report-task.txt gives. */
  link?: string;
  caFile?: string;
  dryRun: boolean;
  debug: boolean;
  config?: string;
  /** CLI only: print a machine-readable result on stdout. */
  json: boolean;
}
