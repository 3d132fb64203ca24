/**
 * Findings as GitHub workflow-command annotations (`::error file=…,line=…::`), for when the check
 * run could not be written. GitHub shows at most 10 error and 10 warning annotations a step
 * (api-contracts.md §3.4), so the most severe of each level are chosen; the decorations list the
 * most severe first.
 */
import type { Annotation } from '../render/decorations.js';
import type { Severity } from '../reports/model.js';

export const SHOWN_PER_LEVEL = 10;

export interface WorkflowAnnotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file?: string;
  line?: number;
}

const LEVEL: Record<Severity, WorkflowAnnotation['level']> = { critical: 'error', high: 'error', medium: 'warning', low: 'warning', info: 'warning' };

export function workflowAnnotations(annotations: readonly Annotation[]): WorkflowAnnotation[] {
  const shown = { error: 0, warning: 0 };
  const chosen: WorkflowAnnotation[] = [];
  for (const a of annotations) {
    const level = LEVEL[a.severity];
    if (shown[level] >= SHOWN_PER_LEVEL) continue;
    shown[level]++;
    chosen.push({
      level,
      message: a.message,
      title: `${a.type.charAt(0)}${a.type.slice(1).toLowerCase().replace('_', ' ')} (${a.severity})`,
      ...(a.path ? { file: a.path, ...(a.line !== undefined ? { line: a.line } : {}) } : {}),
    });
  }
  return chosen;
}
