/**
 * Publishing benchmark: a quality gate with 1,000 annotations, published by the built bundle
 * (comment + insights + status) to each fake platform with 50 ms latency on every request, then
 * re-run with nothing changed. Prints wall time, requests sent, the critical path in round trips
 * (the longest chain of requests that waited for each other), comment writes, and peak RSS.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fakeSha, sequentialRoundTrips, startBitbucketCloud, startBitbucketDataCenter, type RecordedRequest } from '../test/fakes/index.js';

const LATENCY_MS = 50;
const ANNOTATIONS = 1000;
const bundle = resolve('dist/index.js');
const head = fakeSha('bench-head');

function gateWithFindings(): string {
  const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
  const types = ['BUG', 'VULNERABILITY', 'CODE_SMELL'] as const;
  return JSON.stringify({
    kind: 'quality-gate',
    version: 1,
    tool: 'SonarQube',
    status: 'failed',
    url: 'https://sonarqube.example.com/dashboard?id=bench',
    conditions: [
      { metric: 'new_coverage', status: 'failed', comparator: 'LT', threshold: '80', actual: '61.4', newCode: true },
      { metric: 'new_violations', status: 'failed', comparator: 'GT', threshold: '0', actual: String(ANNOTATIONS), newCode: true },
    ],
    findings: Array.from({ length: ANNOTATIONS }, (_, i) => ({
      id: `issue-${i}`,
      path: `src/module${i % 40}/file${i % 7}.ts`,
      line: 1 + (i % 300),
      message: `Finding ${i}: refactor this function to reduce its cognitive complexity.`,
      severity: severities[i % severities.length],
      type: types[i % types.length],
    })),
  });
}

interface Measure {
  wallMs: number;
  requests: number;
  roundTrips: number;
  commentWrites: number;
  maxRssMb: number;
  code: number | null;
}

const RSS_PROBE = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nbench-maxrss-kb='+process.resourceUsage().maxRSS+'\\n'))";

async function runBundle(env: Record<string, string>, requests: readonly RecordedRequest[]): Promise<Measure> {
  const before = requests.length;
  const started = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['--import', RSS_PROBE, bundle], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('close', (c) => done({ code: c, stderr: err }));
  });
  const wallMs = performance.now() - started;
  const sent = requests.slice(before);
  const rss = /bench-maxrss-kb=(\d+)/.exec(stderr);
  if (code !== 1) process.stderr.write(stderr);
  return {
    wallMs,
    requests: sent.length,
    roundTrips: sequentialRoundTrips(sent),
    commentWrites: sent.filter((q) => /comments/.test(q.path) && q.method !== 'GET').length,
    maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    code,
  };
}

function row(platform: string, run: string, m: Measure): string {
  return [platform.padEnd(22), run.padEnd(9), `${m.wallMs.toFixed(0)} ms`.padStart(9), String(m.requests).padStart(9), String(m.roundTrips).padStart(11), String(m.commentWrites).padStart(15), `${m.maxRssMb.toFixed(0)} MB`.padStart(9)].join(' ');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const report = join(dir, 'gate.json');
  writeFileSync(report, gateWithFindings());
  const common = { REPORT: report, COMMIT: head, PUBLISH: 'comment,insights,status', NO_COLOR: '1' };
  const lines: string[] = [];

  const cloud = await startBitbucketCloud();
  try {
    cloud.state.addRepository({ workspace: 'acme', slug: 'shop' });
    cloud.state.addPullRequest('acme/shop', { id: 7, sourceBranch: 'feature', sourceCommit: head });
    cloud.setFault({ kind: 'latency', ms: LATENCY_MS });
    const env = { ...common, REPOSITORY: 'acme/shop', API_URL: cloud.url, TOKEN: cloud.credentials.bearer };
    lines.push(row('Bitbucket Cloud', 'first', await runBundle(env, cloud.requests)));
    lines.push(row('Bitbucket Cloud', 're-run', await runBundle(env, cloud.requests)));
    if (cloud.violations.length) throw new Error(`Cloud spec violations: ${JSON.stringify(cloud.violations).slice(0, 500)}`);
  } finally {
    await cloud.close();
  }

  const dc = await startBitbucketDataCenter({ contextPath: '/bitbucket' });
  try {
    dc.state.addRepository({ project: 'SHOP', slug: 'checkout' });
    dc.state.addPullRequest('SHOP/checkout', { id: 3, fromBranch: 'feature', fromCommit: head });
    dc.setFault({ kind: 'latency', ms: LATENCY_MS });
    const env = { ...common, REPOSITORY: dc.repositoryUrl('SHOP', 'checkout'), TOKEN: dc.credentials.bearer };
    lines.push(row('Bitbucket Data Center', 'first', await runBundle(env, dc.requests)));
    lines.push(row('Bitbucket Data Center', 're-run', await runBundle(env, dc.requests)));
    if (dc.violations.length) throw new Error(`DC spec violations: ${JSON.stringify(dc.violations).slice(0, 500)}`);
  } finally {
    await dc.close();
  }

  console.log(`${ANNOTATIONS} annotations, ${LATENCY_MS} ms latency per request, node ${process.versions.node}`);
  console.log(['platform'.padEnd(22), 'run'.padEnd(9), 'wall'.padStart(9), 'requests'.padStart(9), 'round trips'.padStart(11), 'comment writes'.padStart(15), 'peak RSS'.padStart(9)].join(' '));
  for (const l of lines) console.log(l);
}

await main();
