/** Responses are read defensively: the spec leaves parts unmodelled (activities' `comment`, spec quirk 6). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
