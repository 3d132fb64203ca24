import { describe, expect, it } from '@jest/globals';
import { SHOWN_PER_LEVEL, workflowAnnotations } from '../../src/frontends/workflow-annotations.js';
import type { Annotation } from '../../src/render/decorations.js';
import type { Severity } from '../../src/reports/model.js';

const finding = (i: number, severity: Severity, path?: string): Annotation => ({
  id: `f${i}`,
  message: `finding ${i}`,
  severity,
  type: 'BUG',
  ...(path ? { path, line: i } : {}),
});

describe('workflowAnnotations', () => {
  it('keeps the first (most severe) ten of each level GitHub shows', () => {
    const many = [
      ...Array.from({ length: 15 }, (_, i) => finding(i, 'critical', 'a.ts')),
      ...Array.from({ length: 15 }, (_, i) => finding(100 + i, 'medium', 'b.ts')),
    ];
    const chosen = workflowAnnotations(many);
    expect(chosen.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(Array.from({ length: SHOWN_PER_LEVEL }, (_, i) => `finding ${i}`));
    expect(chosen.filter((a) => a.level === 'warning')).toHaveLength(SHOWN_PER_LEVEL);
  });

  it('maps severities to levels, with the file and line when there are some', () => {
    expect(workflowAnnotations([finding(3, 'high', 'src/x.ts'), finding(4, 'info')])).toEqual([
      { level: 'error', message: 'finding 3', title: 'Bug (high)', file: 'src/x.ts', line: 3 },
      { level: 'warning', message: 'finding 4', title: 'Bug (info)' },
    ]);
  });
});
