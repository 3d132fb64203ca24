/**
 * The invisible line that lets the next run find (and update) its own comment.
 *
 * It is a Markdown link reference definition, `[//]: # (pr-insights:<id>[:<sha>])`, which
 * Python-Markdown (Bitbucket Cloud), CommonMark (Bitbucket Data Center) and GFM (GitHub) all
 * consume without output. An HTML comment would not do: Bitbucket shows it as text. A definition
 * cannot interrupt a paragraph, so the line must follow a blank line — the caller puts it last,
 * after one. Report text cannot forge it: escaping turns every `[` into `\[`.
 */
import { InputError } from '../core/errors.js';

export interface Marker {
  reportId: string;
  /** Commit the comment was rendered for, when known; lets a run see that a newer one already wrote. */
  commit?: string;
}

export const REPORT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const COMMIT_PATTERN = /^[0-9a-f]{7,64}$/;
const MARKER_LINE = /^ {0,3}\[\/\/\]: # \(pr-insights:([A-Za-z0-9][A-Za-z0-9._-]{0,39})(?::([0-9a-f]{7,64}))?\)[ \t]*$/m;

/** The marker's text without the Markdown around it, `pr-insights:<id>`: what a comment search looks for. */
export function markerText(reportId: string): string {
  return `pr-insights:${reportId}`;
}

export function markerLine(reportId: string, commit?: string): string {
  if (!REPORT_ID_PATTERN.test(reportId)) {
    throw new InputError(
      `report id ${JSON.stringify(reportId)} must be 1–40 letters, digits, ".", "_" or "-", starting with a letter or digit`,
      { source: 'REPORT_ID' },
    );
  }
  if (commit === undefined) return `[//]: # (${markerText(reportId)})`;
  const sha = commit.toLowerCase();
  if (!COMMIT_PATTERN.test(sha)) {
    throw new InputError(`commit ${JSON.stringify(commit)} is not a hexadecimal commit SHA`, { source: 'COMMIT' });
  }
  return `[//]: # (${markerText(reportId)}:${sha})`;
}

/** The first marker line in a comment body (any line ending), or undefined when there is none. */
export function findMarker(body: string): Marker | undefined {
  const match = MARKER_LINE.exec(body.replace(/\r\n?/g, '\n'));
  if (match === null) return undefined;
  const [, reportId, commit] = match;
  if (reportId === undefined) return undefined;
  return commit === undefined ? { reportId } : { reportId, commit };
}
