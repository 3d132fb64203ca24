import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/core/errors.js';
import { parseSonarIssues } from '../../../src/reports/sonarqube/issues.js';
import { fixtureText } from './fixture.js';

const parseFixture = (name: string) => parseSonarIssues(fixtureText(`sonarqube/${name}`), name);
const parsePage = (page: unknown, path = 'issues.json') => parseSonarIssues(JSON.stringify(page), path);

const issue = (fields: Record<string, unknown>) => ({
  key: 'k1',
  component: 'proj:src/a.ts',
  project: 'proj',
  severity: 'MAJOR',
  type: 'BUG',
  message: 'm',
  ...fields,
});

describe('parseSonarIssues', () => {
  it('reads the legacy shape, resolving paths and dropping resolved issues', () => {
    expect(parseFixture('issues-legacy.json')).toEqual([
      {
        id: 'AYx1-legacy-bug',
        path: 'src/main/java/com/acme/Payments.java',
        line: 42,
        message: 'A "NullPointerException" could be thrown; "account" is nullable here.',
        severity: 'critical',
        type: 'BUG',
        rule: 'java:S2259',
      },
      {
        // Not in `components`: the path comes from the component key minus the project key (which has a colon).
        id: 'AYx2-legacy-smell-file',
        path: 'src/main/java/com/acme/Ledger.java',
        message: 'Add or update the header of this file.',
        severity: 'low',
        type: 'CODE_SMELL',
        rule: 'java:S1451',
      },
      {
        id: 'AYx3-legacy-project-level',
        message: 'Project has duplicated modules.',
        severity: 'medium',
        type: 'CODE_SMELL',
        rule: 'common-java:DuplicatedBlocks',
      },
    ]);
  });

  it('keeps line absent for a file-level issue and path absent for a project-level one', () => {
    const [, fileLevel, projectLevel] = parseFixture('issues-legacy.json');
    expect(fileLevel).not.toHaveProperty('line');
    expect(projectLevel).not.toHaveProperty('path');
    expect(projectLevel).not.toHaveProperty('line');
  });

  it('reads the 10.x shape: highest impact, textRange lines, issueStatus', () => {
    expect(parseFixture('issues-10x.json')).toEqual([
      {
        id: 'b1d0c3e2-0001-4e7b-9f7e-10x-multi-impact',
        path: 'src/app/login.ts',
        line: 18,
        message: 'Using http protocol is insecure. Use https instead.',
        severity: 'high',
        type: 'VULNERABILITY',
        rule: 'typescript:S5332',
      },
      {
        // Equal impacts: reliability outranks maintainability. The component's own path wins over the key.
        id: 'b1d0c3e2-0002-4e7b-9f7e-10x-tie',
        path: 'packages/shop/src/app/cart.ts',
        line: 77,
        message: 'Refactor this function to reduce its Cognitive Complexity from 31 to the 15 allowed.',
        severity: 'critical',
        type: 'BUG',
        rule: 'typescript:S3776',
      },
      {
        // Both shapes present: impacts (INFO) win over the deprecated severity (MINOR).
        id: 'b1d0c3e2-0003-4e7b-9f7e-10x-both-shapes',
        path: 'src/app/util.ts',
        line: 3,
        message: "Remove this unused import of 'debounce'.",
        severity: 'info',
        type: 'CODE_SMELL',
        rule: 'typescript:S1128',
      },
    ]);
  });

  it.each([
    ['BLOCKER', 'critical'],
    ['CRITICAL', 'high'],
    ['MAJOR', 'medium'],
    ['MINOR', 'low'],
    ['INFO', 'info'],
  ])('maps legacy severity %s to %s', (severity, expected) => {
    expect(parsePage({ issues: [issue({ severity })] })[0]?.severity).toBe(expected);
  });

  it.each([
    ['SECURITY', 'BLOCKER', 'VULNERABILITY', 'critical'],
    ['RELIABILITY', 'HIGH', 'BUG', 'high'],
    ['MAINTAINABILITY', 'MEDIUM', 'CODE_SMELL', 'medium'],
    ['SECURITY', 'LOW', 'VULNERABILITY', 'low'],
    ['RELIABILITY', 'INFO', 'BUG', 'info'],
  ])('maps impact %s/%s to %s/%s', (softwareQuality, severity, type, expected) => {
    const [finding] = parsePage({ issues: [{ key: 'k', component: 'p:f.ts', project: 'p', message: 'm', impacts: [{ softwareQuality, severity }] }] });
    expect(finding).toMatchObject({ type, severity: expected });
  });

  it('maps a pre-8.2 security hotspot to a vulnerability', () => {
    expect(parsePage({ issues: [issue({ type: 'SECURITY_HOTSPOT' })] })[0]?.type).toBe('VULNERABILITY');
  });

  it.each([
    [{ issueStatus: 'FIXED' }],
    [{ issueStatus: 'FALSE_POSITIVE' }],
    [{ issueStatus: 'ACCEPTED' }],
    [{ status: 'RESOLVED', resolution: 'WONTFIX' }],
    [{ status: 'CLOSED', resolution: 'REMOVED' }],
  ])('drops a resolved issue %j', (fields) => {
    expect(parsePage({ issues: [issue(fields)] })).toEqual([]);
  });

  it.each([[{ issueStatus: 'OPEN' }], [{ issueStatus: 'CONFIRMED' }], [{ status: 'REOPENED' }], [{ issueStatus: 'OPEN', status: 'RESOLVED' }], [{}]])(
    'keeps an open issue %j',
    (fields) => {
      expect(parsePage({ issues: [issue(fields)] })).toHaveLength(1);
    },
  );

  it('reads several pages from a JSON array, keeping the first of a repeated key', () => {
    const findings = parseFixture('issues-pages.json');
    expect(findings.map((f) => [f.id, f.path, f.line, f.severity, f.type])).toEqual([
      ['page-issue-1', 'src/a.ts', 5, 'medium', 'CODE_SMELL'],
      ['page-issue-2', 'src/b.ts', 11, 'high', 'BUG'],
      ['page-issue-3', 'src/c.ts', 2, 'info', 'VULNERABILITY'],
    ]);
  });

  it('reads pages as JSON Lines, the same as the array', () => {
    expect(parseFixture('issues-pages.jsonl')).toEqual(parseFixture('issues-pages.json'));
  });

  it('reads JSON Lines with CRLF line ends and blank lines', () => {
    const pages = [{ issues: [issue({ key: 'a' })] }, { issues: [issue({ key: 'b' })] }];
    const text = `${JSON.stringify(pages[0])}\r\n\r\n${JSON.stringify(pages[1])}\r\n`;
    expect(parseSonarIssues(text, 'issues.jsonl').map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('falls back to the rule name, then the rule key, when an issue has no message', () => {
    const page = {
      issues: [issue({ key: 'a', message: undefined, rule: 'ts:S1' }), issue({ key: 'b', message: undefined, rule: 'ts:S2' })],
      rules: [{ key: 'ts:S1', name: 'Unused variables should be removed' }],
    };
    expect(parsePage(page).map((f) => f.message)).toEqual(['Unused variables should be removed', 'ts:S2']);
  });

  it('leaves the path absent when the component key cannot be split reliably', () => {
    const [finding] = parsePage({ issues: [issue({ project: undefined, component: 'other:src/a.ts', line: 3 })] });
    expect(finding).not.toHaveProperty('path');
    expect(finding).not.toHaveProperty('line');
  });

  it('uses the project component of the page when issues carry no project field', () => {
    const page = { issues: [issue({ project: undefined, component: 'org:app:src/a.ts', line: 3 })], components: [{ key: 'org:app', qualifier: 'TRK' }] };
    expect(parsePage(page)[0]).toMatchObject({ path: 'src/a.ts', line: 3 });
  });

  it('returns no findings for a page without issues', () => {
    expect(parsePage({ paging: { pageIndex: 1, pageSize: 100, total: 0 }, issues: [], components: [] })).toEqual([]);
  });

  describe('bad input names the file, the page and issue, and what was expected', () => {
    const expectError = (run: () => unknown, message: string) => {
      expect(run).toThrow(InputError);
      expect(run).toThrow(message);
    };

    it('in a single page', () => {
      expectError(
        () => parsePage({ issues: [issue({}), issue({ key: undefined })] }),
        'issues.json at /issues/1/key: missing required field; expected "key" to be present',
      );
    });

    it('in an array of pages', () => {
      expectError(
        () => parsePage([{ issues: [issue({})] }, { issues: [issue({ severity: 'SEVERE' })] }]),
        'issues.json at /1/issues/0/severity: expected one of "BLOCKER", "CRITICAL", "MAJOR", "MINOR", "INFO"',
      );
    });

    it('in a JSON Lines page', () => {
      const text = [{ issues: [issue({})] }, { issues: [issue({ line: 0 })] }].map((p) => JSON.stringify(p)).join('\n');
      expectError(() => parseSonarIssues(text, 'issues.jsonl'), 'issues.jsonl at line 2 /issues/0/line: expected a value that must be >= 1');
    });

    it('in an impact', () => {
      expectError(
        () => parsePage({ issues: [issue({ impacts: [{ softwareQuality: 'SPEED', severity: 'HIGH' }] })] }),
        'issues.json at /issues/0/impacts/0/softwareQuality: expected one of "SECURITY", "RELIABILITY", "MAINTAINABILITY"',
      );
    });

    it('when an issue has neither impacts nor the legacy severity', () => {
      expectError(
        () => parsePage({ issues: [issue({ severity: undefined, type: undefined })] }),
        'issues.json at /issues/0/severity: missing required field; expected "severity" to be present',
      );
    });

    it('when the file holds something else', () => {
      expectError(
        () => parsePage({ paging: {}, hotspots: [] }),
        'issues.json at /issues: missing required field; expected "issues" to be present',
      );
    });

    it('when the file holds a SonarQube error response', () => {
      expectError(
        () => parsePage({ errors: [{ msg: 'Insufficient privileges' }] }),
        'issues.json at /: this is a SonarQube error response: "Insufficient privileges"',
      );
    });

    it('when a JSON Lines line is not JSON', () => {
      const text = `${JSON.stringify({ issues: [] })}\n{"issues": [\n`;
      expectError(() => parseSonarIssues(text, 'issues.jsonl'), 'issues.jsonl at line 2: not valid JSON');
    });

    it('when a pretty-printed document is broken, without blaming line 1', () => {
      const run = () => parseSonarIssues('{\n  "issues": [\n', 'issues.json');
      expectError(run, 'issues.json: not valid JSON');
      expect(run).not.toThrow('line 1');
    });

    it('when the file is empty', () => {
      expectError(() => parseSonarIssues('  \n', 'issues.json'), 'issues.json: the file is empty');
    });
  });
});
