/** The annotation rules every platform shares: rank, cap, unique external ids, the "left out" note. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { omittedNote, planAnnotations, uniqueExternalId } from '../../../src/platforms/core/annotations.js';
import type { LimitsTable } from '../../../src/platforms/core/limits.js';
import type { Annotation } from '../../../src/render/decorations.js';
import { SEVERITY_ORDER, type Severity } from '../../../src/reports/model.js';

const LIMITS: LimitsTable = {
  platform: 'Test Platform',
  comment: 1000,
  reportTitle: 100,
  reportDetails: 100,
  reportData: 3,
  annotationsPerRequest: 2,
  annotationsPerReport: 3,
  annotationMessage: 100,
  externalIdLength: 20,
  statusDescription: 100,
  statusUrl: 100,
};

const annotation = (id: string, severity: Severity): Annotation => ({ id, message: id, severity, type: 'BUG' });

describe('planAnnotations', () => {
  it('keeps the most severe up to the cap, whatever the input order, and counts the rest', () => {
    const plan = planAnnotations([annotation('a', 'low'), annotation('b', 'critical'), annotation('c', 'info'), annotation('d', 'high'), annotation('e', 'critical')], LIMITS);
    expect(plan.kept.map((k) => k.externalId)).toEqual(['b', 'e', 'd']);
    expect(plan.omitted).toBe(2);
  });

  it('gives every kept annotation an external id no other shares, within the platform length, stable across runs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 30 }), fc.constantFrom(...SEVERITY_ORDER)), { maxLength: 40 }), (items) => {
        const input = items.map(([id, s]) => annotation(id, s));
        const plan = planAnnotations(input, { ...LIMITS, annotationsPerReport: 1000 });
        const ids = plan.kept.map((k) => k.externalId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id.length).toBeLessThanOrEqual(Math.max(LIMITS.externalIdLength, 34));
        expect(planAnnotations(input, { ...LIMITS, annotationsPerReport: 1000 }).kept.map((k) => k.externalId)).toEqual(ids);
      }),
    );
  });

  it('keeps plain ids, hashes awkward or long ones, and never lets a raw id pose as a hash', () => {
    const id = (raw: string) => uniqueExternalId(raw, new Set(), 20);
    expect(id('AYx-Zq_1.2:3~')).toBe('AYx-Zq_1.2:3~');
    expect(id('src/a b.ts#L3')).toMatch(/^h-[0-9a-f]{32}$/);
    expect(id('k'.repeat(21))).toMatch(/^h-[0-9a-f]{32}$/);
    // Long enough to pass as plain: only the prefix rule can refuse it.
    const hash = id('src/a b.ts#L3');
    expect(uniqueExternalId(hash, new Set(), 64)).not.toBe(hash);
  });

  it('says how many were left out, with the platform and its cap', () => {
    expect(omittedNote(1, LIMITS)).toBe('1 lower-severity annotation was left out: Test Platform shows at most 3 per report.');
    expect(omittedNote(1500, { ...LIMITS, annotationsPerReport: 1000 })).toBe('1,500 lower-severity annotations were left out: Test Platform shows at most 1,000 per report.');
  });
});
