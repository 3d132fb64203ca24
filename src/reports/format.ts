import type { Report, ReportKind } from './model.js';

/** The report file as read from disk, before any format is chosen. */
export interface ReportDocument {
  /** Path as the user gave it; used in every error message. */
  path: string;
  text: string;
  /**
   * The whole file parsed as JSON, or `undefined` when it is not a single JSON document
   * (JSON Lines output of data-diff, for instance).
   */
  json: unknown;
}

/**
 * One input format. A new format is a new module exporting one of these, added to the registry in
 * reports/formats.ts; detection asks each `sniff` in turn.
 */
export interface ReportFormat {
  /** Stable name, e.g. `sonarqube-project-status`; shown in errors and `--json` output. */
  name: string;
  kind: ReportKind;
  /** Cheap structural check: does this content look like this format? Never throws. */
  sniff(source: ReportDocument): boolean;
  /**
   * Validates against the format's JSON Schema (ajv) and normalises. Throws InputError naming
   * `source.path`, the JSON pointer (for JSON Lines: `line N` then the pointer) and what was expected.
   */
  parse(source: ReportDocument): Report;
}
