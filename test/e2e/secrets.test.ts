// End-to-end scenarios with distinctive secrets: every line printed, every output file and every
// request the servers received (bodies, paths, headers other than the credentials' own) is
// searched for 27 encodings of each secret (test/core/secret-encodings.ts).
import { withoutMaskCommands } from '../support/secrets.js';
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeSha, startBitbucketDataCenter } from '../fakes/index.js';
import { leakedForms } from '../core/secret-encodings.js';
import { closeAll, startServer, type Received } from '../http/servers.js';
import { repoRoot } from '../support/paths.js';
import { runBundle, type BundleRun } from '../support/run-bundle.js';

// Characters that make the encodings differ: + / = ~ " \ # and non-ASCII (the password only: a token is ASCII).
const TOKEN = 'Tk9_xQ+/z=Lp~7wQ2mZr';
const USER = 'ci-bot@example.com';
const PASSWORD = 'pä"sS\\wörd/+Q7#x';
const SECRETS: [string, string, string | undefined][] = [
  ['TOKEN', TOKEN, undefined],
  ['PASSWORD', PASSWORD, USER],
];

const gate = join(repoRoot, 'test/fixtures/reports/sonarqube/project-status-10x-error.json');
const issues = join(repoRoot, 'test/fixtures/reports/sonarqube/issues-10x.json');
const head = fakeSha('secrets-head');
const dir = mkdtempSync(join(tmpdir(), 'secrets-'));

afterEach(closeAll);

/**
 * Everything a run left behind that a person or a log collector could read. `::add-mask::` lines
 * are the one place a secret must appear: they are GitHub's instruction to mask it, consumed by
 * the runner and never shown.
 */
function everything(run: BundleRun, files: string[] = []): string {
  return withoutMaskCommands([run.stdout, run.stderr, ...files.map((f) => readFileSync(f, 'utf8'))].join('\n'));
}

function expectNoSecret(where: string, text: string): void {
  for (const [name, secret, user] of SECRETS) {
    expect({ where, secret: name, leaked: leakedForms(text, secret, user) }).toEqual({ where, secret: name, leaked: [] });
  }
}

/** What a server received, minus the Authorization header that legitimately carries the credentials. */
function receivedText(received: readonly Received[]): string {
  return JSON.stringify(received.map(({ method, url, headers, body }) => ({ method, url, body, headers: { ...headers, authorization: undefined } })));
}

/** A server that answers every request with a 500 echoing the credentials in every shape, past the 500-character cut. */
function startEchoingServer() {
  return startServer((r, res) => {
    const auth = r.headers.authorization ?? '';
    const padding = 'x'.repeat(490);
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        errors: [
          { message: `${padding} ${auth} then more text so the cut falls inside the token` },
          { message: `as base64url: ${Buffer.from(auth).toString('base64url')}` },
          { message: `decoded: ${Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString('utf8')}` },
        ],
        echoed: { authorization: auth, json: JSON.stringify({ h: auth }) },
      }),
    );
  });
}

describe('no secret in any output, in any of 27 encodings', () => {
  it('a server that echoes the Bearer token in a 500 longer than the cut, in base64url and in JSON', async () => {
    const server = await startEchoingServer();
    const run = await runBundle({
      env: { REPOSITORY: `${server.origin}/projects/PRJ/repos/repo`, COMMIT: head, TOKEN: `${TOKEN}\n`, REPORT: gate, ISSUES: issues, PUBLISH: 'comment,insights,status', DEBUG: 'true' },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/500/);
    expectNoSecret('output', everything(run));
    expect(server.received.length).toBeGreaterThan(0);
    expectNoSecret('requests', receivedText(server.received));
  });

  it('a server that echoes the Basic pair', async () => {
    const server = await startEchoingServer();
    const run = await runBundle({
      env: { REPOSITORY: `${server.origin}/projects/PRJ/repos/repo`, COMMIT: head, USERNAME: USER, PASSWORD, REPORT: gate, PUBLISH: 'comment', DEBUG: 'true', JSON: 'true' },
      args: ['--json'],
    });
    expect(run.code).toBe(3);
    expectNoSecret('output', everything(run));
    expectNoSecret('requests', receivedText(server.received));
  });

  it('a full publish to Data Center with Basic credentials, with --json and a summary', async () => {
    const dc = await startBitbucketDataCenter({
      specs: false,
      identities: [{ user: { id: 9, name: USER, slug: 'ci-bot', displayName: 'CI bot' }, basic: { username: USER, password: PASSWORD } }],
    });
    try {
      dc.state.addRepository({ project: 'PRJ', slug: 'repo' });
      dc.state.addPullRequest('PRJ/repo', { id: 3, fromBranch: 'feature', fromCommit: head });
      const run = await runBundle({
        env: { REPOSITORY: dc.repositoryUrl('PRJ', 'repo'), COMMIT: head, USERNAME: USER, PASSWORD, REPORT: gate, ISSUES: issues, PUBLISH: 'comment,insights,status', DEBUG: 'true' },
        args: ['--json'],
      });
      expect(run.stderr).toMatch(/published: comment created on PR #3/);
      expectNoSecret('output', everything(run));
      expectNoSecret('requests', JSON.stringify(dc.requests));
      expectNoSecret('comment', JSON.stringify(dc.state.comments('PRJ/repo', 3)));
    } finally {
      await dc.close();
    }
  });

  it.each([
    ['TITLE', () => ({ TITLE: `Quality ${TOKEN}` })],
    ['LINK, URL-encoded', () => ({ LINK: `https://sonar.example.com/?t=${encodeURIComponent(TOKEN)}` })],
    ['REPORT_ID', () => ({ REPORT_ID: Buffer.from(TOKEN).toString('base64url').replace(/[^A-Za-z0-9]/g, '').slice(0, 40) })],
  ])('a secret pasted into %s is refused: exit 2, nothing sent, nothing echoed', async (setting, extra) => {
    const server = await startEchoingServer();
    const run = await runBundle({ env: { REPOSITORY: `${server.origin}/projects/PRJ/repos/repo`, COMMIT: head, TOKEN, REPORT: gate, ...extra() } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${setting.split(',')[0]}: contains the value of TOKEN, a secret`));
    expect(server.received).toHaveLength(0);
    expectNoSecret('output', everything(run));
  });

  it('a password pasted into REPOSITORY is refused without echoing any part of it', async () => {
    const server = await startEchoingServer();
    const host = server.origin.replace('http://', '');
    for (const repository of [`http://${USER}:${encodeURIComponent(PASSWORD)}@${host}/projects/PRJ/repos/repo`, `git@${host.split(':')[0]}:${encodeURIComponent(PASSWORD).replace(/%/g, '')}/repo.git`]) {
      const run = await runBundle({ env: { REPOSITORY: repository, COMMIT: head, USERNAME: USER, PASSWORD, REPORT: gate } });
      expect(run.code).toBe(2);
      expectNoSecret('output', everything(run));
    }
    expect(server.received).toHaveLength(0);
  });

  it('a dry run with DEBUG prints the settings but no secret, also in the step summary and outputs', async () => {
    const summary = join(dir, 'summary.md');
    const output = join(dir, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const run = await runBundle({
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, INPUT_TOKEN: TOKEN, INPUT_REPORT: gate, 'INPUT_DRY-RUN': 'true', RUNNER_DEBUG: '1', GITHUB_REPOSITORY: 'acme/widgets', GITHUB_SHA: head },
    });
    // A dry run of a failing gate: exit 1, nothing sent, and the debug lines there to search.
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/dry run: nothing was sent/);
    expect(run.stdout + run.stderr).toMatch(/settings from: /);
    expectNoSecret('output', everything(run, [summary, output]));
  });
});
