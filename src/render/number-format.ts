/**
 * One en-US Intl.NumberFormat per decimals range, made on first use: building one costs far more
 * than formatting with it (≈ 130 ms of CPU for the numbers of 500 data-diff models).
 */
const formats = new Map<string, Intl.NumberFormat>();

/** Grouped en-US formatter with `minDecimals`–`maxDecimals` fraction digits. */
export function numberFormat(minDecimals = 0, maxDecimals = Math.max(minDecimals, 3)): Intl.NumberFormat {
  const key = `${minDecimals}-${maxDecimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    formats.set(key, format);
  }
  return format;
}
