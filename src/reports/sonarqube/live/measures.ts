/**
 * Coverage and duplication on new code and the new issue count (`api/measures/component`,
 * input-formats.md §1.5), shown whether or not the gate has a condition on them. An unknown metric
 * key fails the whole request, so only keys every version has are asked.
 */
import { isRecord } from '../../../core/records.js';
import type { HttpClient } from '../../../http/index.js';
import type { Measure } from '../../model.js';
import { metricInfo } from '../metrics.js';
import type { AnalysisScope } from './issues.js';
import { refQuery } from './links.js';
import { parameterNames, type SonarServer } from './server.js';

/** In this order in the comment; all exist on Server 9.9, 10.x, 2025.x and Cloud (§1.7). */
const MEASURE_KEYS = ['new_coverage', 'new_duplicated_lines_density', 'new_violations'] as const;

export async function readMeasures(http: HttpClient, server: SonarServer, scope: AnalysisScope): Promise<Measure[]> {
  const names = parameterNames(server);
  const { body } = await http.request({
    method: 'GET',
    url: 'api/measures/component',
    query: {
      component: scope.projectKey,
      ...refQuery(scope.ref),
      metricKeys: MEASURE_KEYS.join(','),
      additionalFields: names.measuresPeriod,
    },
  });
  const component = isRecord(body) ? body['component'] : undefined;
  const raw = isRecord(component) && Array.isArray(component['measures']) ? component['measures'] : [];
  const measures: Measure[] = [];
  for (const key of MEASURE_KEYS) {
    const entry = raw.find((m): m is Record<string, unknown> => isRecord(m) && m['metric'] === key);
    const value = entry === undefined ? undefined : valueOf(entry, names.measureValue);
    // A metric with no data is absent (no new lines to cover: no new_coverage).
    if (value === undefined) continue;
    const { name, type } = metricInfo(key);
    measures.push({ metricKey: key, metricName: name, metricType: type, value });
  }
  return measures;
}

/**
 * New-code values are in `period.value` (Server ≥ 8.1) or `periods[0].value` (older, Cloud); the
 * other place and the overall `value` are read too, as servers differ in what they fill (§1.5).
 */
function valueOf(measure: Record<string, unknown>, where: 'period' | 'periods'): string | undefined {
  const period = measure['period'];
  const periods = measure['periods'];
  const fromPeriod = isRecord(period) ? period['value'] : undefined;
  const fromPeriods = Array.isArray(periods) && isRecord(periods[0]) ? periods[0]['value'] : undefined;
  const candidates = where === 'period' ? [fromPeriod, fromPeriods, measure['value']] : [fromPeriods, fromPeriod, measure['value']];
  const found = candidates.find((v) => typeof v === 'string' || typeof v === 'number');
  return found === undefined ? undefined : String(found);
}
