/**
 * The security hotspots still to review (`api/hotspots/search`, `status=TO_REVIEW`; issues/search
 * has not returned them since 8.2, input-formats.md §1.6), as findings ranked with the issues by
 * their review probability: HIGH as high, MEDIUM as medium, LOW as low.
 */
import type { HttpClient } from '../../../http/index.js';
import { validateOrThrow } from '../../../validation/schema.js';
import { hotspotsPageSchema } from './hotspots-schema.js';
import type { Finding, Severity } from '../../model.js';
import type { AnalysisScope } from './issues.js';
import { hotspotUrl, refQuery, withPrefix } from './links.js';
import { allPages, MAX_RESULTS } from './search.js';
import { parameterNames, type SonarServer } from './server.js';

const ACTION = 'api/hotspots/search';

const PROBABILITY: Record<RawHotspot['vulnerabilityProbability'], Severity> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };

interface RawHotspot {
  key: string;
  component: string;
  vulnerabilityProbability: 'HIGH' | 'MEDIUM' | 'LOW';
  message?: string;
  line?: number;
  ruleKey?: string;
}

interface RawHotspotsPage {
  hotspots: RawHotspot[];
  components?: { key: string; path?: string }[];
}

export interface FoundHotspots {
  findings: Finding[];
  /** Every hotspot to review the search matched. */
  total: number;
}

export async function readHotspots(http: HttpClient, server: SonarServer, scope: AnalysisScope, pathPrefix: string | undefined): Promise<FoundHotspots> {
  const query = {
    [parameterNames(server).hotspotProject]: scope.projectKey,
    status: 'TO_REVIEW',
    ...refQuery(scope.ref),
  };
  const { pages, total } = await allPages(http, ACTION, query);
  const findings: Finding[] = [];
  for (const [i, raw] of pages.entries()) {
    const page = validateOrThrow<RawHotspotsPage>(hotspotsPageSchema, raw, `SonarQube ${ACTION}`, `page ${i + 1}`);
    const paths = new Map((page.components ?? []).map((c) => [c.key, c.path] as const));
    for (const hotspot of page.hotspots) {
      const path = withPrefix(pathPrefix, paths.get(hotspot.component));
      findings.push({
        id: hotspot.key,
        ...(path !== undefined && { path }),
        ...(path !== undefined && hotspot.line !== undefined && { line: hotspot.line }),
        message: `Security hotspot to review: ${hotspot.message ?? hotspot.ruleKey ?? 'review this code'}`,
        severity: PROBABILITY[hotspot.vulnerabilityProbability],
        type: 'VULNERABILITY',
        ...(hotspot.ruleKey !== undefined && { rule: hotspot.ruleKey }),
        link: hotspotUrl(server.url, scope.projectKey, hotspot.key, scope.ref),
      });
    }
  }
  return { findings: findings.slice(0, MAX_RESULTS), total: Math.max(total, findings.length) };
}
