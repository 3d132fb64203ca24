/**
 * What every platform does to annotations before its wire format: rank them by severity, keep as
 * many as the platform allows, give each an external id the platform accepts and that no other
 * annotation of the report shares, and say how many were left out.
 */
import { createHash } from 'node:crypto';
import { SEVERITY_ORDER } from '../../reports/model.js';
import type { Annotation } from '../../render/decorations.js';
import { formatNumber } from '../../render/values.js';
import type { PlatformLimits } from './limits.js';

export interface PlannedAnnotation {
  annotation: Annotation;
  externalId: string;
}

export interface AnnotationPlan {
  /** Most severe first. */
  kept: PlannedAnnotation[];
  /** Left out by the platform's per-report cap: always the least severe. */
  omitted: number;
}

/** Unreserved URL characters only: ids travel in URL paths and query strings (`annotations/{externalId}`). */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._:~-]*$/;
const HASH_PREFIX = 'h-';

export function planAnnotations(annotations: readonly Annotation[], limits: PlatformLimits): AnnotationPlan {
  // Decorations arrive sorted; sorting again (stably) protects the cap if they do not.
  const ranked = annotations.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i);
  const kept = ranked.slice(0, limits.annotationsPerReport);
  const seen = new Set<string>();
  return {
    kept: kept.map(({ a }) => ({ annotation: a, externalId: uniqueExternalId(a.id, seen, limits.externalIdLength) })),
    omitted: annotations.length - kept.length,
  };
}

function rank(a: Annotation): number {
  return SEVERITY_ORDER.indexOf(a.severity);
}

/**
 * Annotations upsert or collide by external id, so two that share one would silently become one
 * (or fail the upload). An id that is long or carries other characters becomes a short, stable
 * hash of itself; a raw id can never pose as a hash, since hashes have a prefix raw ids may not use.
 */
export function uniqueExternalId(id: string, seen: Set<string>, maxLength: number): string {
  let candidate = PLAIN_ID.test(id) && id.length <= maxLength && !id.startsWith(HASH_PREFIX) ? id : hashed(id);
  for (let n = 2; seen.has(candidate); n++) candidate = hashed(`${id}#${n}`);
  seen.add(candidate);
  return candidate;
}

function hashed(id: string): string {
  return `${HASH_PREFIX}${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

/** "3 lower-severity annotations were left out: Bitbucket Cloud shows at most 1,000 per report." */
export function omittedNote(omitted: number, limits: PlatformLimits): string {
  const what = omitted === 1 ? '1 lower-severity annotation was' : `${formatNumber(omitted)} lower-severity annotations were`;
  return `${what} left out: ${limits.platform} shows at most ${formatNumber(limits.annotationsPerReport)} per report.`;
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
