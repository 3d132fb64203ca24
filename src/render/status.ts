/** The commit build status: one line, short enough for GitHub's 140-character description. */
import type { Outcome, StatusDecoration } from './decorations.js';
import { truncate } from './markdown.js';
import type { Summary } from './contracts.js';
import { shortDescription } from './summary.js';

export const DESCRIPTION_MAX = 140;

export interface StatusOptions {
  reportId: string;
  title: string;
  summary: Summary;
  outcome: Outcome;
  /** Already checked to be http(s). */
  link?: string;
}

export function renderStatus(options: StatusOptions): StatusDecoration {
  const status: StatusDecoration = {
    key: options.reportId,
    state: options.outcome === 'pass' ? 'success' : 'failure',
    name: options.title,
    description: truncate(shortDescription(options.summary), DESCRIPTION_MAX),
  };
  if (options.link !== undefined) status.url = options.link;
  return status;
}
