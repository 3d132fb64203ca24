/**
 * Datafold benchmark: 50 diffs described in the config file, created and polled against the
 * loopback fake with 50 ms latency on every request, each diff in flight for its first 3 polls.
 * Prints wall time, requests by kind, how many creates were in flight at once, and how long the
 * read went on after the last diff was seen done — the budgets: creates go out concurrently, and
 * polling adds no more than one interval after the last diff is done.
 */
import { LineCounter, parseDocument } from 'yaml';
import { createLogger } from '../src/core/logger.js';
import { Redactor } from '../src/core/redact.js';
import { createHttpClient } from '../src/http/index.js';
import { datafoldApi } from '../src/reports/datafold/live/api.js';
import { readDatafoldSection } from '../src/reports/datafold/live/diff-config.js';
import { CREATE_CONCURRENCY, POLL_PACE, readDatafoldLive } from '../src/reports/datafold/live/read.js';
import { peakConcurrency, startDatafold } from '../test/fakes/datafold/index.js';

const DIFFS = 50;
const LATENCY_MS = 50;
const IN_FLIGHT_POLLS = 3;
const REPETITIONS = 3;

function config(): ReturnType<typeof readDatafoldSection> {
  const entries = Array.from({ length: DIFFS }, (_, i) => `    - {model: model_${i}, data-source-id: 7, table1: PROD.T_${i}, table2: PR_42.T_${i}, primary-key: [id]}`);
  const text = `datafold:\n  diffs:\n${entries.join('\n')}\n`;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const node = (doc.contents as { items: { value: unknown }[] }).items[0]!.value;
  return readDatafoldSection(node, doc, (offset) => `.pr-insights.yml:${lineCounter.linePos(offset ?? 0).line}`);
}

interface Measure {
  wallMs: number;
  creates: number;
  statuses: number;
  summaries: number;
  peakCreates: number;
  tailMs: number;
}

async function once(): Promise<Measure> {
  const datafold = await startDatafold({ dataSources: [{ id: 7 }], defaultPlan: { inFlightPolls: IN_FLIGHT_POLLS, outcome: { status: 'done', results: { rows: { base: 1000, head: 1000, changed: 3 } } } } });
  datafold.setFault({ kind: 'latency', ms: LATENCY_MS });
  try {
    const redactor = new Redactor();
    const http = createHttpClient({ baseUrl: `${datafold.url}/`, auth: { kind: 'token', scheme: 'Key', token: datafold.apiKey }, redactor });
    const started = Date.now();
    const report = await readDatafoldLive({
      api: datafoldApi(http),
      host: datafold.url,
      existing: [],
      create: config(),
      dryRun: false,
      waitSeconds: 300,
      poll: { ...POLL_PACE, deadline: started + 300_000, now: Date.now, sleep: (ms) => new Promise((done) => setTimeout(done, ms)) },
      log: createLogger(() => undefined, redactor),
    });
    const ended = Date.now();
    if (report.models.length !== DIFFS) throw new Error(`read ${report.models.length} of ${DIFFS} diffs`);
    if (datafold.violations.length > 0) throw new Error(`create bodies refused by the description: ${JSON.stringify(datafold.violations).slice(0, 300)}`);
    const lastDone = Math.max(...[...datafold.state.diffs.values()].map((d) => Date.parse(d.finishedAt ?? '')));
    const count = (operation: string) => datafold.requests.filter((r) => r.operation === operation).length;
    return {
      wallMs: ended - started,
      creates: count('datadiffs.create'),
      statuses: count('datadiffs.get'),
      summaries: count('datadiffs.summaryResults'),
      peakCreates: peakConcurrency(datafold.creates()),
      tailMs: ended - lastDone,
    };
  } finally {
    await datafold.close();
  }
}

const runs: Measure[] = [];
for (let i = 0; i < REPETITIONS; i++) runs.push(await once());
const mean = (f: (m: Measure) => number) => runs.reduce((sum, m) => sum + f(m), 0) / runs.length;
const most = (f: (m: Measure) => number) => Math.max(...runs.map(f));

// The interval in force when the last diff ends: the one after IN_FLIGHT_POLLS rounds of doubling.
const interval = Math.min(POLL_PACE.firstIntervalMs * 2 ** IN_FLIGHT_POLLS, POLL_PACE.maxIntervalMs);
const missed: string[] = [];
if (most((m) => m.peakCreates) <= 1) missed.push('the creates went out one at a time');
if (most((m) => m.peakCreates) > CREATE_CONCURRENCY) missed.push(`more than ${CREATE_CONCURRENCY} creates in flight`);
if (most((m) => m.tailMs) > interval) missed.push(`the read went on ${most((m) => m.tailMs)} ms after the last diff was done (> one interval, ${interval} ms)`);

console.log(`${DIFFS} diffs, ${LATENCY_MS} ms latency, each done after ${IN_FLIGHT_POLLS} polls; mean of ${REPETITIONS} runs`);
console.log(`wall time                   ${mean((m) => m.wallMs).toFixed(0)} ms`);
console.log(`requests                    ${mean((m) => m.creates + m.statuses + m.summaries).toFixed(0)} (creates ${mean((m) => m.creates).toFixed(0)}, status ${mean((m) => m.statuses).toFixed(0)}, summary_results ${mean((m) => m.summaries).toFixed(0)})`);
console.log(`creates in flight at once   ${most((m) => m.peakCreates)} (≤ ${CREATE_CONCURRENCY}, > 1)`);
console.log(`after the last diff is done ${most((m) => m.tailMs)} ms (≤ one interval, ${interval} ms)`);
if (missed.length > 0) {
  console.log(`\nmissed: ${missed.join('; ')}`);
  process.exitCode = 1;
}
