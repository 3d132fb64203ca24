/**
 * A report's data fields in the values platforms accept. A value a platform cannot read fails the
 * whole report, so what cannot be shown faithfully is dropped, and a link that is not http(s)
 * keeps its text.
 */
import { httpUrl } from '../../core/urls.js';
import type { InsightDatum } from '../../render/decorations.js';

export interface WireDatum {
  title: string;
  type: InsightDatum['type'];
  value: unknown;
}

/** How the platform spells a LINK value (Cloud `{text, href}`, Data Center `{linktext, href}`). */
export type LinkValue = (text: string, href: string) => unknown;

export function dataFields(data: readonly InsightDatum[], max: number, link: LinkValue): WireDatum[] {
  return data.flatMap((d) => datum(d, link) ?? []).slice(0, max);
}

function datum(d: InsightDatum, link: LinkValue): WireDatum | undefined {
  const title = d.title.trim();
  if (!title) return undefined;
  switch (d.type) {
    case 'LINK': {
      const href = httpUrl(d.value.href);
      if (href === undefined) return { title, type: 'TEXT', value: d.value.text };
      return { title, type: 'LINK', value: link(d.value.text.trim() || href, href) };
    }
    case 'BOOLEAN':
    case 'TEXT':
      return { title, type: d.type, value: d.value };
    case 'NUMBER':
      return Number.isFinite(d.value) ? { title, type: d.type, value: d.value } : undefined;
    case 'PERCENTAGE':
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.min(100, Math.max(0, d.value)) } : undefined;
    case 'DURATION':
      // Milliseconds; a fraction or a negative duration is not a value platforms accept.
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.max(0, Math.round(d.value)) } : undefined;
    case 'DATE':
      return Number.isFinite(d.value) ? { title, type: d.type, value: Math.round(d.value) } : undefined;
  }
}
