/**
 * Numbers as `new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits })`
 * writes them, without Intl: digits grouped by three with commas, rounded half away from zero on
 * the shortest decimal that reads back as the number (as ICU does: 1.005 → 1.01). Written out
 * because the first Intl.NumberFormat of a process loads ICU's number data, ≈ 25 ms of every
 * start that renders a number (issue 11). test/render/number-format.test.ts holds it to Intl.
 */
export interface NumberFormat {
  format(n: number): string;
}

/** Grouped en-US formatter with `minDecimals`–`maxDecimals` fraction digits. */
export function numberFormat(minDecimals = 0, maxDecimals = Math.max(minDecimals, 3)): NumberFormat {
  return { format: (n) => formatNumber(n, minDecimals, maxDecimals) };
}

function formatNumber(n: number, minDecimals: number, maxDecimals: number): string {
  if (Number.isNaN(n)) return 'NaN';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (!Number.isFinite(n)) return `${sign}∞`;
  const text = roundedScaled(Math.abs(n), maxDecimals).toString().padStart(maxDecimals + 1, '0');
  const whole = text.slice(0, text.length - maxDecimals);
  let fraction = text.slice(text.length - maxDecimals);
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** `x × 10^decimals`, rounded half up to a whole number, from x's shortest decimal digits. */
function roundedScaled(x: number, decimals: number): bigint {
  const [mantissa = '0', exponent = '0'] = String(x).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const shift = Number(exponent) - fraction.length + decimals;
  if (shift >= 0) return BigInt(digits) * 10n ** BigInt(shift);
  const cut = -shift;
  const kept = digits.length > cut ? BigInt(digits.slice(0, digits.length - cut)) : 0n;
  const firstDropped = digits.length >= cut ? digits[digits.length - cut]! : '0';
  return firstDropped >= '5' ? kept + 1n : kept;
}
