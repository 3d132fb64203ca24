/** Findings as annotations and as counts. */
import type { Finding, Severity } from '../reports/model.js';
import { SEVERITY_ORDER } from '../reports/model.js';
import type { Annotation } from './decorations.js';
import { httpUrl } from '../core/urls.js';
import { collapseWhitespace } from './markdown.js';

/** Severity (highest first), then path, then line; an adapter that must cap keeps the head. */
export function annotations(findings: readonly Finding[]): Annotation[] {
  return [...findings].sort(byImportance).map((f) => {
    const annotation: Annotation = {
      id: f.id,
      // Bitbucket Cloud rejects an empty summary.
      message: collapseWhitespace(f.message) || f.rule || 'Issue',
      severity: f.severity,
      type: f.type,
    };
    if (f.path !== undefined) annotation.path = f.path;
    if (f.line !== undefined) annotation.line = f.line;
    const link = httpUrl(f.link);
    if (link !== undefined) annotation.link = link;
    return annotation;
  });
}

function byImportance(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || byPath(a.path, b.path) || byLine(a.line, b.line);
}

/** Project-level findings (no path) after file ones. */
function byPath(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** File-level findings (no line) before the file's lines. */
function byLine(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** "2 critical, 5 high, 16 medium": every severity present, highest first. */
export function severityBreakdown(findings: readonly Finding[]): string {
  const counts = severityCounts(findings);
  return SEVERITY_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}
