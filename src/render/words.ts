/**
 * The one table of how a verdict looks in words and signs, so a gate condition, a data-diff model
 * and the verdict line can never disagree on what "failed" looks like.
 */
import type { Verdict } from '../reports/model.js';

/** Only characters from the Basic Multilingual Plane: Bitbucket Data Center on MySQL `utf8` rejects 4-byte ones. */
export const VERDICT_EMOJI: Readonly<Record<Verdict, string>> = { fail: '❌', warn: '⚠️', pass: '✅', none: '⚪' };

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = { fail: 'Failed', warn: 'Warning', pass: 'Passed', none: 'None' };

/** A tool's own status word (SonarQube's `OK` / `WARN` / `ERROR` / `NONE`) as a verdict. */
export const LEVEL_VERDICT: Readonly<Record<string, Verdict>> = { OK: 'pass', WARN: 'warn', ERROR: 'fail', NONE: 'none' };

/** "❌ Failed", or with a label of the caller's ("⚠️ Different"). */
export function verdictCell(verdict: Verdict, label: string = VERDICT_LABEL[verdict]): string {
  return `${VERDICT_EMOJI[verdict]} ${label}`;
}
