// Bad settings and hostile inputs, through the built bundle: exit 2 naming the setting or file,
// "nothing was sent" (and the fake Data Center indeed received nothing), in bounded time — a FIFO
// or /dev/zero given for any file setting is refused, not waited on or read forever.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeSha, startBitbucketDataCenter } from '../fakes/index.js';
import { makeFifo, makeSparse } from '../core/hostile-files.js';
import { repoRoot } from '../support/paths.js';
import { runBundle } from '../support/run-bundle.js';

type Dc = Awaited<ReturnType<typeof startBitbucketDataCenter>>;
const gate = join(repoRoot, 'test/fixtures/reports/sonarqube/project-status-10x-error.json');
const head = fakeSha('hardening-head');
const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const fifo = makeFifo(join(dir, 'fifo'));
const huge = makeSparse(join(dir, 'huge.json'), 65 * 1024 * 1024);
const zero = existsSync('/dev/zero') ? '/dev/zero' : huge;

let dc: Dc;
beforeAll(async () => {
  dc = await startBitbucketDataCenter({ specs: false });
  dc.state.addRepository({ project: 'PRJ', slug: 'repo' });
  dc.state.addPullRequest('PRJ/repo', { id: 3, fromBranch: 'feature', fromCommit: head });
});
afterAll(async () => {
  await dc.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => ({ REPOSITORY: dc.repositoryUrl('PRJ', 'repo'), COMMIT: head, TOKEN: dc.credentials.bearer, REPORT: gate, PUBLISH: 'comment,insights,status' });

describe('refused before anything is sent: exit 2, the setting named', () => {
  const cases: [string, () => Record<string, string>, RegExp][] = [
    ['a TOKEN with a space', () => ({ TOKEN: 'dc-http access-token' }), /TOKEN: contains a space/],
    ['a TOKEN with a line break inside', () => ({ TOKEN: 'dc-http\r\naccess-token' }), /TOKEN: contains a line break/],
    ['a TOKEN with a control character', () => ({ TOKEN: 'dc-http\u0007token' }), /TOKEN: contains a control character/],
    ['a USERNAME with a space', () => ({ TOKEN: '', USERNAME: 'ci user', PASSWORD: 'ci-password' }), /USERNAME: contains a space/],
    ['a USERNAME with a colon', () => ({ TOKEN: '', USERNAME: 'ci:user', PASSWORD: 'ci-password' }), /USERNAME: contains a colon/],
    ['a Data Center REPOSITORY on plain http:// off loopback', () => ({ REPOSITORY: 'http://git.example.com/projects/PRJ/repos/repo' }), /REPOSITORY: the API at http:\/\/git\.example\.com would be reached over plain http/],
    ['a REPOSITORY carrying user:password@', () => ({ REPOSITORY: dc.repositoryUrl('PRJ', 'repo').replace('://', '://ci-user:hunter2-pw@') }), /REPOSITORY: "http:\/\/\*\*\*@127\.0\.0\.1:\d+\/projects\/PRJ\/repos\/repo" carries a password or token/],
    ['an API_URL on another host than the Data Center repository', () => ({ API_URL: 'https://api.bitbucket.org/2.0' }), /API_URL: points at api\.bitbucket\.org, but the repository is on 127\.0\.0\.1/],
    ['PULL_REQUEST=10^30', () => ({ PULL_REQUEST: `1${'0'.repeat(30)}` }), /PULL_REQUEST: expected a pull request id \(a positive whole number up to 2147483647\)/],
    ['PULL_REQUEST past 32 bits', () => ({ PULL_REQUEST: '2147483648' }), /PULL_REQUEST: expected a pull request id/],
    ['a TITLE holding the token', () => ({ TITLE: `Gate ${dc.credentials.bearer}` }), /TITLE: contains the value of TOKEN, a secret/],
    ['a CA_FILE that is a FIFO', () => ({ CA_FILE: fifo }), /fifo: CA_FILE must name a regular file with a PEM bundle of CA certificates, but this is a named pipe/],
    ['a CA_FILE that is /dev/zero', () => ({ CA_FILE: zero }), /CA_FILE/],
    ['a CA_FILE that does not exist', () => ({ CA_FILE: join(dir, 'missing.pem') }), /missing\.pem: CA_FILE names a file that does not exist or cannot be read \(ENOENT\)/],
    ['a CA_FILE that is not PEM', () => ({ CA_FILE: gate }), /CA_FILE contains no PEM certificate/],
    ['a REPORT that is a FIFO', () => ({ REPORT: fifo }), /fifo: REPORT must name a regular file with a report, but this is a named pipe/],
    ['a REPORT that is /dev/zero', () => ({ REPORT: zero }), /REPORT/],
    ['a REPORT over 64 MB', () => ({ REPORT: huge }), /huge\.json: file is 68157440 bytes; expected a report of at most 67108864 bytes \(REPORT\)/],
    ['an ISSUES file that is a FIFO', () => ({ ISSUES: fifo }), /fifo: ISSUES must name a regular file/],
    ['a CONFIG that is a FIFO', () => ({ CONFIG: fifo }), /CONFIG: config file not found/],
    ['a CONFIG over its cap', () => ({ CONFIG: huge }), /huge\.json: file is 68157440 bytes; expected a YAML config file of at most 65536 bytes \(CONFIG\)/],
    [
      'a report with a repeated key (a second "status":"OK" would turn a failed gate into a pass)',
      () => ({ REPORT: file('dup.json', '{"projectStatus":{"status":"ERROR","conditions":[],"status":"OK"}}') }),
      /dup\.json at \/projectStatus\/status: the same key appears twice in one object/,
    ],
    [
      'an issue line of 10^20',
      () => ({ ISSUES: file('issues.json', JSON.stringify({ issues: [{ key: 'AX1', component: 'p:src/a.ts', line: 1e20, message: 'm', severity: 'MAJOR' }] })) }),
      /issues\.json at \/issues\/0\/line/,
    ],
  ];

  it.each(cases)('%s', async (_name, extra, message) => {
    const before = dc.requests.length;
    const r = await runBundle({ env: { ...base(), ...extra() }, cwd: dir });
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/nothing was sent/);
    expect(r.code).toBe(2);
    expect(dc.requests.length).toBe(before);
    expect(r.stdout + r.stderr).not.toContain('hunter2-pw');
  });

  it("a report-task.txt over its cap is refused; one that is a FIFO is not waited on", async () => {
    const work = mkdtempSync(join(dir, 'task-'));
    mkdirSync(join(work, '.scannerwork'));
    makeSparse(join(work, '.scannerwork/report-task.txt'), 300 * 1024 * 1024);
    const big = await runBundle({ env: { ...base() }, cwd: work });
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/report-task\.txt: file is 314572800 bytes; expected a scanner's report-task\.txt of at most 1048576 bytes \(REPORT_TASK\)/);

    rmSync(join(work, '.scannerwork/report-task.txt'));
    makeFifo(join(work, '.scannerwork/report-task.txt'));
    const pipe = await runBundle({ env: { ...base(), DRY_RUN: 'true' }, cwd: work });
    expect(pipe.code).toBe(1);
  });
});

describe('the comment cap holds whatever the report says', () => {
  it('a 40 KB project key and a 100 KB dashboard URL: Data Center accepts the comment, no raw @mention leaks', async () => {
    const work = mkdtempSync(join(dir, 'big-'));
    mkdirSync(join(work, '.scannerwork'));
    const key = `k${'@a'.repeat(20_000)}`;
    const dashboard = `https://sonar.example.com/dashboard?id=${'@a'.repeat(50_000)}`;
    writeFileSync(
      join(work, '.scannerwork/report-task.txt'),
      [`projectKey=${key}`, 'serverUrl=https://sonar.example.com', `dashboardUrl=${dashboard}`, 'ceTaskId=AX', 'ceTaskUrl=https://sonar.example.com/api/ce/task?id=AX'].join('\n'),
    );
    const r = await runBundle({ env: { ...base(), PUBLISH: 'comment' }, cwd: work });
    expect(r.stderr).toMatch(/published: comment created on PR #3/);
    const [comment] = dc.state.comments('PRJ/repo', 3);
    expect(comment!.text.length).toBeLessThan(32768);
    expect(comment!.text).toMatch(/\[\/\/\]: # \(pr-insights:sonarqube:[0-9a-f]{40}\)$/);
    // Every @ is either escaped text (followed by the invisible joiner) or inside a whole link's destination.
    const outsideLinks = comment!.text.replace(/\[(?:\\.|[^\\\]])*\]\([^)]*\)/g, '');
    expect(outsideLinks).not.toMatch(/@(?!\u200D)/);
  });
});
