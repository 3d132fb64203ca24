/**
 * Code Insights report data fields, checked the way both platforms document them: the value must
 * fit its declared type, and a LINK is `{text, href}` on Cloud but `{linktext, href}` on Data
 * Center — the field a client most easily gets wrong when it serves both.
 */

export const DATA_TYPES = ['BOOLEAN', 'DATE', 'DURATION', 'LINK', 'NUMBER', 'PERCENTAGE', 'TEXT'] as const;

export type LinkTextField = 'text' | 'linktext';

/** Returns why the item is unacceptable, or undefined. */
export function dataItemProblem(item: unknown, linkText: LinkTextField): string | undefined {
  if (!isRecord(item)) return 'must be an object';
  if (typeof item['title'] !== 'string' || item['title'] === '') return 'needs a non-empty "title"';
  const type = item['type'];
  const value = item['value'];
  if (type !== undefined && !(DATA_TYPES as readonly unknown[]).includes(type)) return `has an unknown type ${JSON.stringify(type)}`;
  if (!('value' in item)) return 'needs a "value"';
  switch (type) {
    case undefined:
      return ['number', 'string', 'boolean'].includes(typeof value) ? undefined : 'without a type, value must be a number, string or boolean';
    case 'BOOLEAN':
      return typeof value === 'boolean' ? undefined : 'BOOLEAN value must be a JSON boolean';
    case 'DATE':
      return Number.isInteger(value) ? undefined : 'DATE value must be epoch milliseconds';
    case 'DURATION':
      return typeof value === 'number' && value >= 0 ? undefined : 'DURATION value must be non-negative milliseconds';
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'NUMBER value must be a number';
    case 'PERCENTAGE':
      return typeof value === 'number' && value >= 0 && value <= 100 ? undefined : 'PERCENTAGE value must be a number from 0 to 100';
    case 'TEXT':
      return typeof value === 'string' ? undefined : 'TEXT value must be a string';
    case 'LINK': {
      const other = linkText === 'text' ? 'linktext' : 'text';
      if (!isRecord(value) || typeof value[linkText] !== 'string' || typeof value['href'] !== 'string') {
        return `LINK value must be {"${linkText}": string, "href": string}`;
      }
      if (other in value) return `LINK value has "${other}"; this platform reads "${linkText}"`;
      return isHttpUrl(value['href']) ? undefined : 'LINK href must be an http(s) URL';
    }
    default:
      return undefined;
  }
}

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
