import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ModelDiff } from '../../../src/reports/model.js';
import { readThresholdsSection, type ThresholdSet } from '../../../src/reports/threshold-config.js';

/**
 * Reads the `thresholds:` section of a config file text the way the config file reader hands it
 * over: the node, its document, and an offset → `file:line:col` resolver from a LineCounter.
 */
export function readSection(text: string, display = '.pr-insights.yml'): ThresholdSet {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) throw problem;
  const section = isMap(doc.contents) ? doc.contents.items.find(({ key }) => isScalar(key) && key.value === 'thresholds') : undefined;
  if (!section) throw new Error('the test text has no thresholds: key');
  return readThresholdsSection(section.value, doc, (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${display}:${line}:${col}`;
  });
}

/** A diffed model with the given row counts (base 1,000 rows unless said otherwise). */
export function model(name: string, rows: Partial<NonNullable<ModelDiff['rows']>> = {}, extra: Partial<ModelDiff> = {}): ModelDiff {
  const counts = { base: 1000, added: 0, removed: 0, changed: 0, ...rows };
  const different = counts.added + counts.removed + counts.changed > 0;
  return { name, status: different ? 'different' : 'identical', rows: counts, ...extra };
}

export function failed(name: string): ModelDiff {
  return { name, status: 'failed', error: 'No primary key found.' };
}
