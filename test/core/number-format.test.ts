// numberFormat writes numbers without Intl (start-up, issue 11); here Intl is the oracle.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { numberFormat } from '../../src/core/number-format.js';

const intl = (min: number, max: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
const decimals = fc.integer({ min: 0, max: 6 }).chain((min) => fc.tuple(fc.constant(min), fc.integer({ min, max: min + 6 })));

describe('numberFormat', () => {
  it('writes what Intl.NumberFormat en-US writes, for any double', () => {
    fc.assert(
      fc.property(fc.double(), decimals, (n, [min, max]) => {
        expect(numberFormat(min, max).format(n)).toBe(intl(min, max).format(n));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes what Intl writes for the numbers reports hold: counts, percents, ratings and ties', () => {
    const ties = [0.5, 1.5, 2.5, 1.005, 1.015, 0.125, 2.675, 1234.5, 999.9995, 999999.5, -0.5, -1.005, -0.0001];
    const counts = fc.integer({ min: -1e12, max: 1e12 });
    const percents = fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000);
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...ties, 0, -0, 1e21, 1.5e-7, 123456789.987654321), counts, percents), decimals, (n, [min, max]) => {
        expect(numberFormat(min, max).format(n)).toBe(intl(min, max).format(n));
      }),
      { numRuns: 5000 },
    );
  });

  it('defaults to 0–3 fraction digits, and to at least as many as asked for', () => {
    expect(numberFormat().format(1234567.891234)).toBe('1,234,567.891');
    expect(numberFormat(2).format(5)).toBe('5.00');
    expect(numberFormat(4).format(0.123456)).toBe('0.1235');
  });
});
