/** Findings as annotations and as counts. */
import type { Finding, Severity } from '../reports/model.js';
import { SEVERITY_ORDER } from '../reports/model.js';
import type { Annotation } from './decorations.js';
import { collapseWhitespace, httpUrl } from './markdown.js';

/** Severity (highest first), then path, then line; an adapter that must cap keeps the head. */
export function annotations(findings: readonly Finding[]): Annotation[] {
  const used = new Set<string>();
  return [...findings].sort(byImportance).map((f) => {
    const annotation: Annotation = {
      id: uniqueId(f.id, used),
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

/** External ids must be unique within a report; one duplicated key fails the whole upload. */
function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
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
