/** Parsed JSON is read defensively: a plain object check that never throws, for sniffs and for responses the specs leave unmodelled. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
