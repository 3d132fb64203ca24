import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../../src/core/errors.js';
import { GENERIC_QUALITY_GATE_SCHEMA_ID, genericQualityGate, schema } from '../../../src/reports/generic-quality-gate/index.js';
import type { QualityGateReport } from '../../../src/reports/model.js';
import { fixtureSource, jsonSource, repoRoot, sourceOf } from '../sonarqube/fixture.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const parse = (value: unknown) => genericQualityGate.parse(jsonSource(value, 'gate.json')) as QualityGateReport;
const parseFixture = (name: string) => genericQualityGate.parse(fixtureSource(`generic-quality-gate/${name}`)) as QualityGateReport;

const minimal = { kind: 'quality-gate', version: 1, tool: 'Check', status: 'failed' };
const withCondition = (condition: Record<string, unknown>) => ({ ...minimal, conditions: [{ metric: 'm', status: 'passed' }, condition] });
const withFinding = (finding: Record<string, unknown>) => ({ ...minimal, findings: [finding] });

function docExamples(): unknown[] {
  const markdown = readFileSync(resolve(repoRoot, 'docs/generic-quality-gate.md'), 'utf8');
  return [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);
}

describe('generic-quality-gate format', () => {
  it('declares its name and kind', () => {
    expect(genericQualityGate.name).toBe('generic-quality-gate');
    expect(genericQualityGate.kind).toBe('quality-gate');
  });

  it('reads a passing gate, naming and typing SonarQube and unknown metrics', () => {
    expect(parseFixture('passed.json')).toEqual({
      kind: 'quality-gate',
      format: 'generic-quality-gate',
      tool: 'Coverage check',
      verdict: 'pass',
      status: 'passed',
      ignoredConditions: false,
      findings: [],
      conditions: [
        {
          metricKey: 'new_coverage',
          metricName: 'Coverage on New Code',
          metricType: 'PERCENT',
          status: 'OK',
          comparator: 'LT',
          threshold: '80',
          actual: '91.3',
          onNewCode: true,
        },
        {
          metricKey: 'bundle_size_kb',
          metricName: 'Bundle size (kB)',
          metricType: 'INT',
          status: 'OK',
          comparator: 'GT',
          threshold: '250',
          actual: '212',
          onNewCode: false,
        },
      ],
    });
  });

  it('reads a failing gate with findings', () => {
    expect(parseFixture('failed-with-findings.json')).toEqual({
      kind: 'quality-gate',
      format: 'generic-quality-gate',
      tool: 'Acme Scanner',
      verdict: 'fail',
      status: 'failed',
      projectKey: 'web-ui',
      dashboardUrl: 'https://scanner.acme.example/projects/web-ui/runs/981',
      ignoredConditions: false,
      conditions: [
        {
          metricKey: 'critical_findings',
          metricName: 'Critical findings',
          metricType: 'INT',
          status: 'ERROR',
          comparator: 'GT',
          threshold: '0',
          actual: '2',
          onNewCode: true,
        },
        {
          metricKey: 'maintainability_rating',
          metricName: 'Maintainability Rating',
          metricType: 'RATING',
          status: 'WARN',
          comparator: 'GT',
          threshold: '2',
          actual: '3',
          onNewCode: false,
        },
        {
          metricKey: 'licence_check',
          metricName: 'Licence Check',
          metricType: 'LEVEL',
          status: 'OK',
          comparator: 'GT',
          actual: 'OK',
          onNewCode: false,
        },
      ],
      findings: [
        {
          id: 'ACME-981-1',
          path: 'src/app/login.ts',
          line: 18,
          message: 'Token written to the browser console.',
          severity: 'critical',
          type: 'VULNERABILITY',
          rule: 'acme/no-secret-logging',
          link: 'https://scanner.acme.example/findings/ACME-981-1',
        },
        { id: 'ACME-981-2', path: 'src/app/cart.ts', message: 'File has no tests.', severity: 'low', type: 'CODE_SMELL' },
        {
          id: 'ACME-981-3',
          message: 'Dependency lodash@4.17.20 has a known prototype pollution vulnerability.',
          severity: 'high',
          type: 'VULNERABILITY',
          rule: 'acme/vulnerable-dependency',
        },
      ],
    });
  });

  it.each([
    ['passed', 'pass'],
    ['warning', 'warn'],
    ['failed', 'fail'],
    ['none', 'none'],
  ])('maps status %s to verdict %s', (status, verdict) => {
    expect(parse({ ...minimal, status }).verdict).toBe(verdict);
  });

  it('lets newCode override the new_ prefix', () => {
    const report = parse({ ...minimal, conditions: [{ metric: 'new_lines', status: 'passed', newCode: false }, { metric: 'lines', status: 'passed', newCode: true }] });
    expect(report.conditions.map((c) => c.onNewCode)).toEqual([false, true]);
  });

  describe('bad input names the file, the pointer and what was expected', () => {
    it.each([
      [withCondition({ metric: 'x', status: 'BROKEN' }), 'gate.json at /conditions/1/status: expected one of "passed", "warning", "failed"'],
      [withCondition({ metric: 'x', status: 'failed', comparator: 'LT', treshold: 80 }), 'gate.json at /conditions/1/treshold: unexpected field "treshold"'],
      [withCondition({ metric: 'x', status: 'failed', threshold: 80 }), 'gate.json at /conditions/1: expected a value that must have property comparator when property threshold is present'],
      [withCondition({ metric: 'x', status: 'failed', type: 'PERCENTAGE' }), 'gate.json at /conditions/1/type: expected one of "PERCENT", "RATING"'],
      [withCondition({ status: 'failed' }), 'gate.json at /conditions/1/metric: missing required field; expected "metric" to be present'],
      [withCondition({ metric: 'x', status: 'failed', actual: null }), 'gate.json at /conditions/1/actual: expected number,string'],
      [{ ...minimal, version: 2 }, 'gate.json at /version: expected 1'],
      [{ ...minimal, status: 'error' }, 'gate.json at /status: expected one of "passed", "warning", "failed", "none"'],
      [{ kind: 'quality-gate', version: 1, status: 'passed' }, 'gate.json at /tool: missing required field; expected "tool" to be present'],
      [{ ...minimal, url: 'javascript:alert(1)' }, 'gate.json at /url: expected a value that must match pattern "^https?://"'],
      [{ ...minimal, projectKey: 'p' }, 'gate.json at /projectKey: unexpected field "projectKey"'],
      [withFinding({ id: 'a', message: 'm', severity: 'BLOCKER' }), 'gate.json at /findings/0/severity: expected one of "critical", "high", "medium", "low", "info"'],
      [withFinding({ id: 'a', message: 'm', severity: 'low', line: 3 }), 'gate.json at /findings/0: expected a value that must have property path when property line is present'],
      [withFinding({ id: 'a', message: 'm', severity: 'low', path: 'a.ts', line: 0 }), 'gate.json at /findings/0/line: expected a value that must be >= 1'],
      [withFinding({ id: 'a', severity: 'low' }), 'gate.json at /findings/0/message: missing required field; expected "message" to be present'],
    ])('%j', (value, message) => {
      const run = () => parse(value);
      expect(run).toThrow(InputError);
      expect(run).toThrow(message);
    });

    it('rejects a finding id used twice, naming both places', () => {
      const finding = { id: 'dup', message: 'm', severity: 'low' };
      expect(() => parse({ ...minimal, findings: [finding, { ...finding, id: 'other' }, finding] })).toThrow(
        'gate.json at /findings/2/id: expected a unique id; "dup" is also used at /findings/0/id',
      );
    });

    it('rejects content that is not JSON', () => {
      expect(() => genericQualityGate.parse(sourceOf('gate.txt', 'kind: quality-gate'))).toThrow('gate.txt: expected a JSON object');
    });
  });

  describe('sniff', () => {
    it.each(['passed.json', 'failed-with-findings.json'])('recognises %s', (name) => {
      expect(genericQualityGate.sniff(fixtureSource(`generic-quality-gate/${name}`))).toBe(true);
    });

    it('recognises a file that means to be ours but has a wrong version, for a precise error', () => {
      expect(genericQualityGate.sniff(jsonSource({ kind: 'quality-gate', version: 2 }))).toBe(true);
      expect(genericQualityGate.sniff(jsonSource({ kind: 'quality-gate' }))).toBe(true);
    });

    it.each([
      ['a SonarQube gate', { projectStatus: { status: 'OK' } }],
      ['a generic data diff', { kind: 'data-diff', version: 1, tool: 't', models: [] }],
      ['another kind word', { kind: 'qualitygate', version: 1 }],
      ['an array', [minimal]],
      ['null', null],
    ])('ignores %s', (_label, value) => {
      expect(genericQualityGate.sniff(jsonSource(value))).toBe(false);
    });

    it('ignores content that is not JSON', () => {
      expect(genericQualityGate.sniff(sourceOf('x.yml', 'kind: quality-gate'))).toBe(false);
    });
  });

  describe('published schema and documentation', () => {
    const published = JSON.parse(readFileSync(resolve(repoRoot, 'schemas/generic-quality-gate.schema.json'), 'utf8')) as Record<string, unknown>;

    it('schemas/generic-quality-gate.schema.json is the schema the parser uses, plus its $id', () => {
      expect(published).toEqual({ ...schema, $id: GENERIC_QUALITY_GATE_SCHEMA_ID });
    });

    it('is a valid, standalone 2020-12 schema that accepts the fixtures', () => {
      const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
      addFormats(ajv);
      const validate = ajv.compile(published);
      for (const name of ['passed.json', 'failed-with-findings.json']) {
        expect(validate(fixtureSource(`generic-quality-gate/${name}`).json)).toBe(true);
      }
      expect(validate({ ...minimal, extra: 1 })).toBe(false);
    });

    it('every JSON example in docs/generic-quality-gate.md parses', () => {
      const examples = docExamples();
      expect(examples.length).toBeGreaterThanOrEqual(2);
      for (const example of examples) {
        expect(genericQualityGate.sniff(jsonSource(example))).toBe(true);
        expect(() => parse(example)).not.toThrow();
      }
    });

    it('documents every field of the schema', () => {
      const markdown = readFileSync(resolve(repoRoot, 'docs/generic-quality-gate.md'), 'utf8');
      const fields = [
        ...Object.keys(schema.properties),
        ...Object.keys(schema.$defs.condition.properties),
        ...Object.keys(schema.$defs.finding.properties),
      ];
      for (const field of fields) expect(markdown).toContain(`| \`${field}\` |`);
    });
  });
});
