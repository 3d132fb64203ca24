import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/core/errors.js';
import type { QualityGateReport } from '../../../src/reports/model.js';
import { sonarqubeProjectStatus } from '../../../src/reports/sonarqube/project-status.js';
import { fixtureSource, jsonSource, sourceOf } from './fixture.js';

function parseFixture(name: string): QualityGateReport {
  const report = sonarqubeProjectStatus.parse(fixtureSource(`sonarqube/${name}`));
  if (report.kind !== 'quality-gate') throw new Error('expected a quality-gate report');
  return report;
}

function parseJson(value: unknown): QualityGateReport {
  return sonarqubeProjectStatus.parse(jsonSource(value)) as QualityGateReport;
}

describe('sonarqube-project-status format', () => {
  it('declares its name and kind', () => {
    expect(sonarqubeProjectStatus.name).toBe('sonarqube-project-status');
    expect(sonarqubeProjectStatus.kind).toBe('quality-gate');
  });

  it('reads a 10.x failed gate: period, caycStatus, ratings, durations, severities, missing values', () => {
    expect(parseFixture('project-status-10x-error.json')).toEqual({
      kind: 'quality-gate',
      format: 'sonarqube-project-status',
      tool: 'SonarQube',
      verdict: 'fail',
      status: 'ERROR',
      ignoredConditions: false,
      caycStatus: 'compliant',
      newCodePeriod: { mode: 'REFERENCE_BRANCH', date: '2025-03-11T09:14:02+0100', parameter: 'main' },
      findings: [],
      conditions: [
        {
          metricKey: 'new_coverage',
          metricName: 'Coverage on New Code',
          metricType: 'PERCENT',
          status: 'ERROR',
          comparator: 'LT',
          threshold: '80',
          actual: '61.72839506172839',
          onNewCode: true,
        },
        {
          metricKey: 'new_duplicated_lines_density',
          metricName: 'Duplicated Lines (%) on New Code',
          metricType: 'PERCENT',
          status: 'OK',
          comparator: 'GT',
          threshold: '3',
          actual: '0.0',
          onNewCode: true,
        },
        {
          metricKey: 'new_reliability_rating',
          metricName: 'Reliability Rating on New Code',
          metricType: 'RATING',
          status: 'ERROR',
          comparator: 'GT',
          threshold: '1',
          actual: '3',
          onNewCode: true,
        },
        {
          metricKey: 'new_security_hotspots_reviewed',
          metricName: 'Security Hotspots Reviewed on New Code',
          metricType: 'PERCENT',
          status: 'OK',
          comparator: 'LT',
          threshold: '100',
          actual: '100.0',
          onNewCode: true,
        },
        {
          metricKey: 'new_technical_debt',
          metricName: 'Added Technical Debt',
          metricType: 'WORK_DUR',
          status: 'ERROR',
          comparator: 'GT',
          threshold: '60',
          actual: '135',
          onNewCode: true,
        },
        {
          metricKey: 'new_code_smells_severity',
          metricName: 'Code Smell Severity on New Code',
          metricType: 'SEVERITY',
          status: 'ERROR',
          comparator: 'GT',
          threshold: '14',
          actual: '20',
          onNewCode: true,
        },
        {
          metricKey: 'new_violations',
          metricName: 'New Issues',
          metricType: 'INT',
          status: 'OK',
          comparator: 'GT',
          onNewCode: true,
        },
        {
          metricKey: 'new_branch_coverage',
          metricName: 'Condition Coverage on New Code',
          metricType: 'PERCENT',
          status: 'OK',
          comparator: 'LT',
          threshold: '70',
          onNewCode: true,
        },
      ],
    });
  });

  it('leaves threshold and actual absent (not empty) when the server omits them', () => {
    const [violations, branch] = parseFixture('project-status-10x-error.json').conditions.slice(6);
    expect(violations).not.toHaveProperty('threshold');
    expect(violations).not.toHaveProperty('actual');
    expect(branch).not.toHaveProperty('actual');
  });

  it('reads the legacy SonarCloud shape: periods[] and per-condition periodIndex', () => {
    const report = parseFixture('project-status-cloud-periods.json');
    expect(report.verdict).toBe('fail');
    expect(report.newCodePeriod).toEqual({ mode: 'previous_version', date: '2025-02-04T12:47:08+0100' });
    expect(report).not.toHaveProperty('caycStatus');
    const byKey = Object.fromEntries(report.conditions.map((c) => [c.metricKey, c]));
    expect(byKey['new_coverage']).toMatchObject({ onNewCode: true, threshold: '80', actual: '45.5', status: 'ERROR' });
    expect(byKey['new_maintainability_rating']).toMatchObject({
      metricName: 'Maintainability Rating on New Code',
      metricType: 'RATING',
      actual: '1.0',
    });
    // No `new_` prefix: only periodIndex says it is a new-code condition.
    expect(byKey['violations']).toMatchObject({ metricName: 'Issues', onNewCode: true });
    expect(byKey['security_rating']).toMatchObject({ comparator: 'EQ', onNewCode: false, metricType: 'RATING' });
    expect(byKey['alert_status']).toMatchObject({
      metricName: 'Quality Gate Status',
      metricType: 'LEVEL',
      comparator: 'NE',
      threshold: 'OK',
      actual: 'ERROR',
    });
  });

  it('reads status NONE with no conditions as nothing to judge', () => {
    const report = parseFixture('project-status-none.json');
    expect(report.verdict).toBe('none');
    expect(report.status).toBe('NONE');
    expect(report.conditions).toEqual([]);
    expect(report.ignoredConditions).toBe(false);
    expect(report).not.toHaveProperty('newCodePeriod');
  });

  it('reads a legacy WARN gate, keeping warning thresholds apart from error ones', () => {
    const report = parseFixture('project-status-warn-legacy.json');
    expect(report.verdict).toBe('warn');
    expect(report.status).toBe('WARN');
    expect(report.newCodePeriod).toEqual({ mode: 'days', date: '2017-10-01T00:00:00+0200', parameter: '30' });
    const [coverage, blockers, debt] = report.conditions;
    expect(coverage).toMatchObject({ metricKey: 'coverage', metricName: 'Coverage', status: 'WARN', threshold: '50', warningThreshold: '70', actual: '64.3', onNewCode: false });
    // An empty warningThreshold is no threshold.
    expect(blockers).toMatchObject({ metricName: 'Blocker Issues', status: 'OK', threshold: '0' });
    expect(blockers).not.toHaveProperty('warningThreshold');
    // Only a warning level: nothing makes it fail.
    expect(debt).toMatchObject({ metricName: 'Technical Debt', metricType: 'WORK_DUR', warningThreshold: '480', actual: '95' });
    expect(debt).not.toHaveProperty('threshold');
  });

  it('keeps ignoredConditions, where 0.0% coverage on new code is an OK condition', () => {
    const report = parseFixture('project-status-ignored-conditions.json');
    expect(report.verdict).toBe('pass');
    expect(report.ignoredConditions).toBe(true);
    expect(report.newCodePeriod).toEqual({ mode: 'PREVIOUS_VERSION', date: '2025-01-20T16:02:11+0000' });
    expect(report.conditions[0]).toMatchObject({ metricKey: 'new_coverage', status: 'OK', actual: '0.0', threshold: '80' });
  });

  it('reads a passing gate with MQR metrics and a custom metric', () => {
    const report = parseFixture('project-status-ok.json');
    expect(report.verdict).toBe('pass');
    expect(report.caycStatus).toBe('over-compliant');
    expect(report.conditions.map((c) => [c.metricKey, c.metricName, c.metricType, c.onNewCode])).toEqual([
      ['new_coverage', 'Coverage on New Code', 'PERCENT', true],
      ['new_software_quality_security_rating', 'Security Rating on New Code', 'RATING', true],
      ['new_software_quality_maintainability_severity', 'Maintainability Severity on New Code', 'SEVERITY', true],
      ['custom_response_time_p95', 'Custom Response Time P95', 'FLOAT', false],
    ]);
  });

  it('tolerates fields it does not read, at every level', () => {
    const report = parseJson({
      projectStatus: {
        status: 'OK',
        somethingNew: { nested: true },
        conditions: [{ status: 'OK', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '90', extra: 1 }],
      },
      serverTime: 'now',
    });
    expect(report.conditions).toHaveLength(1);
    expect(report.verdict).toBe('pass');
  });

  it('accepts values given as JSON numbers and keeps them as strings', () => {
    const report = parseJson({
      projectStatus: { status: 'ERROR', conditions: [{ status: 'ERROR', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: 80, actualValue: 12.5 }] },
    });
    expect(report.conditions[0]).toMatchObject({ threshold: '80', actual: '12.5' });
  });

  it('prefers period over periods, and takes the periods entry with index 1', () => {
    expect(
      parseJson({
        projectStatus: { status: 'OK', period: { mode: 'REFERENCE_BRANCH', parameter: 'main' }, periods: [{ index: 1, mode: 'days' }] },
      }).newCodePeriod,
    ).toEqual({ mode: 'REFERENCE_BRANCH', parameter: 'main' });
    expect(
      parseJson({ projectStatus: { status: 'OK', periods: [{ index: 2, mode: 'days' }, { index: 1, mode: 'previous_version' }] } })
        .newCodePeriod,
    ).toEqual({ mode: 'previous_version' });
  });

  describe('bad input names the file, the pointer and what was expected', () => {
    const gate = (condition: Record<string, unknown>) => ({
      projectStatus: {
        status: 'ERROR',
        conditions: [{ status: 'OK', metricKey: 'new_coverage', comparator: 'LT' }, condition],
      },
    });

    it.each([
      [
        { status: 'BROKEN', metricKey: 'new_coverage', comparator: 'LT' },
        'report.json at /projectStatus/conditions/1/status: expected one of "OK", "WARN", "ERROR"',
      ],
      [
        { status: 'OK', comparator: 'LT' },
        'report.json at /projectStatus/conditions/1/metricKey: missing required field; expected "metricKey" to be present',
      ],
      [
        { status: 'OK', metricKey: 'coverage', comparator: 'GREATER_THAN' },
        'report.json at /projectStatus/conditions/1/comparator: expected one of "GT", "LT", "EQ", "NE"',
      ],
      [
        { status: 'OK', metricKey: 'coverage', comparator: 'GT', errorThreshold: true },
        'report.json at /projectStatus/conditions/1/errorThreshold: expected string,number',
      ],
      [
        { status: 'OK', metricKey: 'coverage', comparator: 'GT', periodIndex: '1' },
        'report.json at /projectStatus/conditions/1/periodIndex: expected integer',
      ],
    ])('%j', (condition, message) => {
      const run = () => parseJson(gate(condition));
      expect(run).toThrow(InputError);
      expect(run).toThrow(message);
    });

    it('rejects an unknown gate status', () => {
      expect(() => parseJson({ projectStatus: { status: 'BROKEN' } })).toThrow(
        'report.json at /projectStatus/status: expected one of "OK", "WARN", "ERROR", "NONE"',
      );
    });

    it('rejects a malformed period', () => {
      expect(() => parseJson({ projectStatus: { status: 'OK', periods: [{ index: 1 }] } })).toThrow(
        'report.json at /projectStatus/periods/0/mode: missing required field',
      );
    });

    it('rejects content that is not JSON', () => {
      expect(() => sonarqubeProjectStatus.parse(sourceOf('gate.txt', 'status=OK'))).toThrow(
        'gate.txt: expected a JSON object as returned by api/qualitygates/project_status',
      );
    });
  });

  describe('sniff', () => {
    it.each([
      'project-status-10x-error.json',
      'project-status-cloud-periods.json',
      'project-status-none.json',
      'project-status-warn-legacy.json',
      'project-status-ignored-conditions.json',
      'project-status-ok.json',
    ])('recognises %s', (name) => {
      expect(sonarqubeProjectStatus.sniff(fixtureSource(`sonarqube/${name}`))).toBe(true);
    });

    it('recognises an unknown status word, so the user gets a precise parse error', () => {
      expect(sonarqubeProjectStatus.sniff(jsonSource({ projectStatus: { status: 'BROKEN' } }))).toBe(true);
    });

    it.each([
      [
        'a webhook payload',
        {
          serverUrl: 'https://sonar.example',
          taskId: 'AX1',
          status: 'SUCCESS',
          project: { key: 'k', name: 'n' },
          qualityGate: { name: 'Sonar way', status: 'ERROR', conditions: [{ metric: 'new_coverage', operator: 'LESS_THAN', status: 'NO_VALUE', errorThreshold: '80' }] },
        },
      ],
      [
        'the quality_gate_details measure value',
        { level: 'ERROR', ignoredConditions: false, conditions: [{ metric: 'new_coverage', op: 'LT', period: 1, error: '80', actual: '12.0', level: 'ERROR' }] },
      ],
      [
        'a measures response holding quality_gate_details',
        { component: { key: 'k', measures: [{ metric: 'quality_gate_details', value: '{"level":"OK","conditions":[]}' }] } },
      ],
      ['an issues page', { paging: { pageIndex: 1, pageSize: 100, total: 0 }, issues: [], components: [] }],
      ['a generic quality gate', { kind: 'quality-gate', version: 1, tool: 'x', status: 'passed' }],
      ['projectStatus that is not an object', { projectStatus: 'OK' }],
      ['projectStatus without status', { projectStatus: { conditions: [] } }],
      ['an array', [{ projectStatus: { status: 'OK' } }]],
      ['null', null],
    ])('ignores %s', (_label, value) => {
      expect(sonarqubeProjectStatus.sniff(jsonSource(value))).toBe(false);
    });

    it('ignores content that is not JSON', () => {
      expect(sonarqubeProjectStatus.sniff(sourceOf('x.txt', 'projectStatus.status=OK'))).toBe(false);
    });
  });
});
