// Files given as REPORT that are not a report: the error says what they are and what to do.
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import type { ReportDocument } from '../../src/reports/format.js';
import { REPORT_FORMATS } from '../../src/reports/formats.js';
import type { ReportKind } from '../../src/reports/model.js';
import { nearMissAdvice } from '../../src/reports/near-misses.js';
import { detectFormat } from '../../src/reports/read.js';

function documentOf(text: string): ReportDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { path: 'gate.json', text, json };
}

function refusal(text: string, kind?: ReportKind): string {
  try {
    detectFormat(documentOf(text), REPORT_FORMATS, kind);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('the document was accepted');
}

const LOGIN_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SonarQube</title></head>
<body><form action="/sessions/login"><input name="login"><input type="password" name="password"><button>Log in</button></form></body></html>`;

describe('a SonarQube error response given as REPORT', () => {
  it('is named as one, with its message, and points at the token when access was refused', () => {
    const message = refusal(JSON.stringify({ errors: [{ msg: 'Insufficient privileges' }] }));
    expect(message).toMatch(/^gate\.json: this is a SonarQube error response, not a quality gate: "Insufficient privileges"; check the token/);
    expect(message).not.toMatch(/not a report in any format/);
  });

  it('quotes every message, and blames the request rather than the token when that is what failed', () => {
    const advice = nearMissAdvice(documentOf(JSON.stringify({ errors: [{ msg: "Project 'acme' not found" }, { msg: 'Branch\n x' }] })));
    expect(advice).toBe(
      'this is a SonarQube error response, not a quality gate: "Project \'acme\' not found; Branch x"; the request that saved it failed: fix what it says, then save api/qualitygates/project_status again',
    );
  });

  it('keeps a long message short', () => {
    const advice = nearMissAdvice(documentOf(JSON.stringify({ errors: [{ msg: 'x'.repeat(5000) }] })))!;
    expect(advice.length).toBeLessThan(400);
  });

  it('is recognised whatever REPORT_TYPE says', () => {
    for (const kind of ['quality-gate', 'data-diff'] as const) {
      expect(refusal(JSON.stringify({ errors: [{ msg: 'Authentication is required' }] }), kind)).toMatch(/SonarQube error response.*check the token/);
    }
  });
});

describe('an HTML page given as REPORT', () => {
  it('a login page: check the token', () => {
    expect(refusal(LOGIN_PAGE)).toMatch(/^gate\.json: this is an HTML login page, not a report: .*check the token/);
  });

  it('any other page: check the URL and the token', () => {
    expect(refusal('<html><body><h1>502 Bad Gateway</h1></body></html>')).toMatch(/^gate\.json: this is an HTML page, not a report: .*check the URL .* and the token$/);
  });
});

describe('the near misses that sit next to the real report', () => {
  it.each([
    ['a Compute Engine task', { task: { id: 'AX', status: 'SUCCESS', analysisId: 'AY' } }, /Compute Engine task/],
    ['an issues search', { total: 0, issues: [] }, /pass it as ISSUES/],
  ])('%s', (_name, json, advice) => {
    expect(refusal(JSON.stringify(json))).toMatch(advice);
  });

  it("the scanner's report-task.txt", () => {
    expect(refusal('projectKey=acme\nserverUrl=https://sonar.example\nceTaskId=AX\n')).toMatch(/report-task\.txt/);
  });
});

describe('invalid JSON keeps its line and column', () => {
  // A line starting with "{" could open a second JSON Lines document; only data-diff formats read those.
  const broken = '[\n{"projectStatus": {"status": "OK",}}\n]\n';

  it('when REPORT_TYPE rules out every JSON Lines format', () => {
    expect(refusal(broken, 'quality-gate')).toMatch(/^gate\.json: invalid JSON at line 2, column 35 \(.+\); expected one of: sonarqube-project-status, generic-quality-gate$/);
  });

  it('as before for a single-line break, forced or not', () => {
    const text = '{\n  "projectStatus": {\n    "status": "OK",\n  }\n}\n';
    for (const kind of [undefined, 'quality-gate', 'data-diff'] as const) {
      expect(refusal(text, kind)).toMatch(/^gate\.json: invalid JSON at line 4, column 3 /);
    }
  });
});
